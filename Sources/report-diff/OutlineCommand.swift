import ArgumentParser
import Foundation
import ReportModel
import ReportExport
import ReportParsing

struct Outline: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outline",
        abstract: "Print the structure of a report: metadata, parts, sections, paragraphs, sentences."
    )

    @Argument(help: "The report: plain text or HTML, UTF-8, UTF-16, GB18030 or Big5.")
    var file: String

    @Option(help: "Output format: text or xml.")
    var format: OutputFormat = .text

    @Flag(help: "List every sentence, not only the first words of each paragraph.")
    var sentences = false

    @OptionGroup var limits: InputLimits

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text, xml
    }

    func run() throws {
        try reporting {
            let input = try ReportFile.load(file, decoder: limits.decoder)
            switch format {
            case .text:
                print(TerminalText.escaped(OutlineText(report: input.report, showsSentences: sentences).rendered), terminator: "")
            case .xml:
                let data: Data
                do {
                    data = try input.report.xmlDocument()
                } catch {
                    throw Failure(file: file, "could not be written as XML: \(error)")
                }
                FileHandle.standardOutput.write(data)
            }
        }
    }
}
