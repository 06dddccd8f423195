import ArgumentParser
import Foundation
import ReportExport
import ReportModel
import ReportParsing

struct Facts: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "facts",
        abstract: "List every quantified target and outcome of a report: indicator, role, year, value."
    )

    @Argument(help: "The report: plain text or HTML, UTF-8, UTF-16, GB18030 or Big5.")
    var file: String

    @Option(help: "Output format: table, csv or xml.")
    var format: OutputFormat = .table

    @OptionGroup var limits: InputLimits

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case table, csv, xml
    }

    func run() throws {
        try reporting {
            let input = try ReportFile.load(file, decoder: limits.decoder)
            let facts = FactExtractor().facts(in: input.report)
            switch format {
            case .table: print(FactFormatter.table(facts), terminator: "")
            case .csv: print(FactFormatter.csv(facts), terminator: "")
            case .xml:
                do throws(ArchiveError) {
                    FileHandle.standardOutput.write(try FactFormatter.xml(facts, source: file))
                } catch {
                    throw Failure(file: file, "could not be written as XML: \(error)")
                }
            }
        }
    }
}
