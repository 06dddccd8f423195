import Foundation

/// Shows how far a batch run is: a bar redrawn in place on a terminal (done/total, the item
/// just finished, elapsed and remaining time), one plain line per item otherwise, or nothing.
struct BatchProgress {
    enum Style {
        case bar, lines, quiet
    }

    var style: Style
    var total: Int
    private(set) var done = 0
    private let start = ContinuousClock.now

    init(style: Style, total: Int) {
        self.style = style
        self.total = total
    }

    /// The style for this process: a bar when standard error is a terminal.
    static func style(quiet: Bool) -> Style {
        quiet ? .quiet : isatty(STDERR_FILENO) == 1 ? .bar : .lines
    }

    /// Counts one item as done and shows it.
    mutating func advance(_ item: String) {
        done += 1
        let item = TerminalText.escaped(item)
        switch style {
        case .quiet:
            return
        case .lines:
            // Unbuffered, so a log being followed shows each line as it happens.
            FileHandle.standardOutput.write(Data("[\(done)/\(total)] \(item)\n".utf8))
        case .bar:
            let width = 24
            let filled = total == 0 ? width : width * done / total
            let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
            let elapsed = ContinuousClock.now - start
            let remaining = done == 0 ? Duration.zero : elapsed / done * (total - done)
            let line = "[\(bar)] \(done)/\(total)  \(Self.clock(elapsed)) elapsed, \(Self.clock(remaining)) left  \(item)"
            FileHandle.standardError.write(Data("\r\u{1B}[K\(line.prefix(Self.columns))".utf8))
        }
    }

    /// Takes the bar off the terminal, so what follows starts on a clean line.
    func finish() {
        if style == .bar { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }

    /// `m:ss`.
    static func clock(_ duration: Duration) -> String {
        let seconds = Int(duration.components.seconds)
        return "\(seconds / 60):" + (seconds % 60 < 10 ? "0" : "") + String(seconds % 60)
    }

    /// The terminal's width, so the bar never wraps.
    private static var columns: Int {
        var size = winsize()
        return ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 ? Int(size.ws_col) - 1 : 79
    }
}
