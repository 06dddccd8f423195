/// Where a document is written element by element: `XMLWriter` builds libxml2's tree, to be
/// validated and serialised; `XMLElementBuilder` builds the same tree as Swift values. Code that
/// writes a document through this protocol can write it to both at once.
package protocol XMLOutput: AnyObject {
    /// Opens an element (see `XMLWriter.startElement(_:)`).
    func startElement(_ name: String)
    /// Adds an attribute to the element just opened; `xmlns` declares the default namespace.
    func attribute(_ name: String, value: String)
    /// Adds character data to the open element.
    func text(_ text: String)
    /// Closes the innermost open element.
    func endElement()
}

extension XMLWriter: XMLOutput {}
