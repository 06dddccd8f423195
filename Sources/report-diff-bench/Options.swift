/// What the command line asks the benchmark to run.
struct Options {
    var pairs = true
    var repeated = true
    var batch = true
    /// How far the distinct-text scaling goes, as a factor of the sample pair.
    var distinct = 4

    static let usage = """
        usage: report-diff-bench [--no-pairs] [--no-repeat] [--no-batch] [--distinct K]

        Times each stage of report-diff on the sample pairs and on inputs up to 16× larger, beside
        git, difflib and diff. Run it from the package root.
          --no-pairs     leave out the two sample pairs
          --no-repeat    leave out the national pair repeated 1×–16×
          --no-batch     leave out batch on 200 reports
          --distinct K   distinct text up to K× (1, 2, 4, 8 or 16; default 4)
        REPORT_DIFF_BASELINE=path/to/report-diff adds that build's compare to the tools.
        """

    enum Parsed {
        case run(Options)
        case help
        /// The benchmark's own child process: one read, compare and export, then its peak memory.
        case peakMemory(old: String, new: String)
        /// One line saying what is wrong.
        case wrong(String)
    }

    static func parse(_ arguments: [String]) -> Parsed {
        if arguments.count == 3, arguments[0] == "--peak-memory" { return .peakMemory(old: arguments[1], new: arguments[2]) }
        var options = Options()
        var remaining = arguments[...]
        while let argument = remaining.popFirst() {
            switch argument {
            case "-h", "--help": return .help
            case "--no-pairs": options.pairs = false
            case "--no-repeat": options.repeated = false
            case "--no-batch": options.batch = false
            case "--distinct":
                guard let value = remaining.popFirst() else { return .wrong("--distinct needs a factor") }
                guard let factor = Int(value), factor >= 1 else { return .wrong("--distinct: not a factor of 1 or more: \(value)") }
                options.distinct = factor
            default: return .wrong("unknown option: \(argument)")
            }
        }
        return .run(options)
    }
}
