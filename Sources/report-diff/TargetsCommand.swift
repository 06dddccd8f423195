import ArgumentParser
import ReportComparison

/// `report-diff targets REPORT...`: each year's targets against the outcomes reported for them.
struct Targets: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "targets",
        abstract: "Score each year's targets against the outcomes the next report gives for them.",
        discussion: """
            With one report, the outcomes of its review part (the year before) stand beside the \
            targets of its plan part. With several reports of one issuer in year order, each year's \
            targets meet the next report's outcomes: met, missed, not-reported or not-comparable, \
            with the next year's target and how it changed. 左右 allows ±0.5 percentage points on \
            percentages and ±5% on other numbers, on the side the indicator's polarity cares about.
            """
    )

    @Argument(help: "The reports, earliest first: plain text or HTML, UTF-8, UTF-16, GB18030 or Big5.")
    var files: [String]

    @Option(help: "Output format: table or csv.")
    var format: OutputFormat = .table

    @Flag(help: "Follow each table row with the id and text of the sentence behind each cell.")
    var showSources = false

    @Flag(help: "List every row, not only those of the list of main targets and the lexicon's indicators.")
    var all = false

    @Flag(help: "Compare reports even if their years do not increase or their issuers differ.")
    var force = false

    @OptionGroup var limits: InputLimits

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case table, csv
    }

    func run() throws {
        try reporting {
            let reports = try files.map { path throws(Failure) in try ReportFile.load(path, decoder: limits.decoder).report }
            if !force {
                do {
                    try Scorecard.validate(reports)
                } catch {
                    throw Failure("\(error); use --force to compare anyway")
                }
            }
            if reports.count > 1 { Scorecard.issuerWarnings(reports).forEach(printError) }
            let scorecard = Scorecard(reports: reports.map { $0.withFacts() })
            switch format {
            case .table: print(scorecard.text(showingSources: showSources, all: all), terminator: "")
            case .csv: print(scorecard.csv(), terminator: "")
            }
        }
    }
}
