/// A problem libxml2 reported, with the place it found it.
package struct XMLError: Error, Sendable, Hashable, CustomStringConvertible {
    /// 1-based line, or 0 when libxml2 gave none.
    package var line: Int
    /// 1-based column, or 0 when libxml2 gave none.
    package var column: Int
    package var message: String

    package init(line: Int, column: Int, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    package var description: String {
        line > 0 ? "\(line):\(column): \(message)" : message
    }
}
