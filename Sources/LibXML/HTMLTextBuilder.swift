import ReportText

/// Accumulates text runs during a walk of an HTML tree and cuts them into `HTMLTextBlock`s.
struct HTMLTextBuilder {
    /// The innermost open block: what kind of text it holds and where its next run starts
    /// (nil after a nested block closed: the next text node with content tells).
    private struct Context {
        var headingLevel: Int?
        var line: Int?
    }

    private(set) var blocks: [HTMLTextBlock] = []
    private var contexts = [Context(headingLevel: nil, line: nil)]
    private var run = ""

    /// Adds raw character data, found on `line`, to the current run.
    mutating func append(_ text: String, line: Int) {
        let top = contexts.count - 1
        if contexts[top].line == nil,
           text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) {
            contexts[top].line = line
        }
        run += text
    }

    /// Ends the current run and starts a block inside it; headings pass their level down.
    mutating func openBlock(headingLevel: Int?, line: Int) {
        flush()
        let inherited = contexts.last?.headingLevel
        contexts.append(Context(headingLevel: headingLevel ?? inherited, line: line))
    }

    /// Ends the current run and the innermost block.
    mutating func closeBlock() {
        flush()
        guard contexts.count > 1 else { return }
        contexts.removeLast()
        contexts[contexts.count - 1].line = nil
    }

    /// Ends the current run at a `<br>`; the next run starts on the `<br>`'s line.
    mutating func breakLine(atLine line: Int) {
        flush()
        contexts[contexts.count - 1].line = line
    }

    /// `text` with whitespace collapsed: runs of white space become one space, or nothing
    /// when next to a CJK character or at either end.
    /// - Complexity: O(*n*) for *n* scalars.
    static func collapsingWhitespace(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = true
                continue
            }
            if pendingSpace, let previous, !previous.isWrittenWithoutSpaces, !scalar.isWrittenWithoutSpaces {
                result.append(" ")
            }
            result.append(scalar)
            previous = scalar
            pendingSpace = false
        }
        return String(result)
    }

    private mutating func flush() {
        let text = Self.collapsingWhitespace(run)
        run = ""
        guard !text.isEmpty, let context = contexts.last else { return }
        let kind: HTMLTextBlock.Kind = context.headingLevel.map { .heading(level: $0) } ?? .paragraph
        blocks.append(HTMLTextBlock(kind: kind, text: text, line: context.line ?? 0))
    }
}
