import ArgumentParser

@main
struct ReportDiff: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report-diff",
        abstract: "Compare successive annual reports: structure, text, targets and outcomes.",
        subcommands: [
            Compare.self, Batch.self, Render.self, Outline.self, Facts.self, Align.self, Targets.self, Schema.self,
            Validate.self, Verify.self,
        ]
    )
}
