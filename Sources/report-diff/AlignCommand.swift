import ArgumentParser
import ReportComparison

/// `report-diff align OLD NEW`: how the outline of one report maps onto the next.
struct Align: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "align",
        abstract: "Align the parts, sections, paragraphs and sentences of two reports.",
        discussion: """
            Each row pairs an old node with a new one (or stands alone) and says how they relate: \
            matched, moved, split, merged, added or removed, with a similarity score in 0…1.
            """
    )

    @Argument(help: "The earlier report.")
    var old: String

    @Argument(help: "The later report.")
    var new: String

    @Option(help: "Output format: text (side by side) or csv.")
    var format: OutputFormat = .text

    @Option(help: "The finest level to list: part, section, paragraph or sentence.")
    var level: AlignmentLevel = .section

    @OptionGroup var limits: InputLimits

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text, csv
    }

    func run() throws {
        try reporting {
            let oldFile = try ReportFile.load(old, decoder: limits.decoder)
            let newFile = try ReportFile.load(new, decoder: limits.decoder)
            let alignment = StructureAligner().align(oldFile.report, with: newFile.report)
            switch format {
            case .text:
                print(alignment.text(through: level), terminator: "")
            case .csv:
                print(alignment.csv(through: level), terminator: "")
            }
        }
    }
}

extension AlignmentLevel: ExpressibleByArgument {}
