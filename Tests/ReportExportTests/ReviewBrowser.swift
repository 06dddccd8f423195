import Foundation
@testable import ReportExport

/// Debian's headless Chromium, run as CI runs it (as root, so without its sandbox).
enum ReviewBrowser {
    static let executable: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    static var isAvailable: Bool { executable != nil }

    /// What the browser printed and the DOM it ended with.
    struct Run {
        var dom: String
        var console: [String]
    }

    /// Opens `page` (with `fragment`), lets its script run, and returns the DOM after load and
    /// the page's console lines.
    static func dumpDOM(of page: URL, fragment: String = "") throws -> Run {
        let (output, errors) = try dumping(["--enable-logging=stderr", "--v=0", "--dump-dom", page.absoluteString + fragment])
        let console = errors.split(separator: "\n").filter { $0.contains(":CONSOLE") }.map(String.init)
        return Run(dom: output, console: console)
    }

    /// Saves a screenshot (1440×900 unless told) of the top of `page`.
    static func screenshot(of page: URL, to file: URL, size: String = "1440,900") throws {
        _ = try run(["--hide-scrollbars", "--window-size=\(size)", "--screenshot=\(file.path)", page.absoluteString])
    }

    /// Opens `html` with `script` added after the page's own (and allowed by the page's
    /// Content-Security-Policy, by its hash), and returns what the script wrote into a
    /// `<pre id="probe">`. The script's promises may run: the browser waits for them.
    ///
    /// - Parameters:
    ///   - profile: a browser profile folder to keep (for `localStorage` across runs), else a fresh one.
    static func probe(_ html: String, named name: String, script: String, size: String = "1440,900", profile: URL? = nil) throws -> String {
        let hash = ReviewPage.cspHash(script)
        let page = html.replacingOccurrences(of: "script-src &#39;", with: "script-src &#39;\(hash)&#39; &#39;")
            .replacingOccurrences(of: "</body>", with: "<script>\(script)</script>\n</body>")
        let file = try ReviewFixtures.write(Data(page.utf8), named: name)
        // The virtual-time budget is a hang guard of two minutes of the page's own time, not a
        // speed limit: the DOM is dumped as soon as the page is idle.
        let (dom, _) = try dumping(
            ["--window-size=\(size)", "--virtual-time-budget=120000", "--dump-dom", file.absoluteString], profile: profile)
        return text(ofElement: "probe", in: dom) ?? "(no probe output)"
    }

    /// `run` with `--dump-dom`, again (three times at most) while the browser dumps an empty
    /// document: under load, headless Chromium has once dumped `<body></body>` before loading the
    /// page at all (a run of the full suite in CI). A page that loads and fails its checks is
    /// never run again: its document is not empty.
    private static func dumping(_ arguments: [String], profile: URL? = nil) throws -> (String, String) {
        var result = try run(arguments, profile: profile)
        for _ in 1..<3 where result.0.contains("<body></body>") { result = try run(arguments, profile: profile) }
        return result
    }

    private static func run(_ arguments: [String], profile: URL? = nil) throws -> (String, String) {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("report-diff-chromium-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let errorFile = scratch.appendingPathComponent("stderr.txt")
        try Data().write(to: errorFile)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable ?? "/usr/bin/chromium")
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--timeout=120000",
            "--user-data-dir=\((profile ?? scratch.appendingPathComponent("profile")).path)",
        ] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = try FileHandle(forWritingTo: errorFile)
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let errors = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
        return (String(decoding: outputData, as: UTF8.self), errors)
    }

    /// The text of the element with `id` in a dumped DOM, entities decoded.
    static func text(ofElement id: String, in dom: String) -> String? {
        guard let start = dom.range(of: "id=\"\(id)\""),
            let open = dom[start.upperBound...].firstIndex(of: ">"),
            let close = dom[open...].range(of: "</pre>")
        else { return nil }
        return String(dom[dom.index(after: open)..<close.lowerBound])
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
    }
}
