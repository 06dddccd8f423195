import Foundation

/// Headless Chromium driven over its DevTools protocol (`--remote-debugging-pipe`), for what
/// `--dump-dom` cannot do: a viewport narrower than a headless window may be (500 px), and
/// waiting for a script's promise.
final class ReviewBrowserSession {
    private let process = Process()
    private let scratch: URL
    private let input: FileHandle
    private let output: FileHandle
    private var buffer = Data()
    private var nextID = 0
    private var session = ""

    /// Opens `page` in a viewport of `width`×`height` CSS pixels and waits until its script is ready.
    init(page: URL, width: Int, height: Int) throws {
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("report-diff-cdp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let toBrowser = scratch.appendingPathComponent("in"), fromBrowser = scratch.appendingPathComponent("out")
        for fifo in [toBrowser, fromBrowser] {
            let make = Process()
            make.executableURL = URL(fileURLWithPath: "/usr/bin/mkfifo")
            make.arguments = [fifo.path]
            try make.run()
            make.waitUntilExit()
        }
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = [
            "-c", "exec \"$0\" \"$@\" 3<\"$RD_IN\" 4>\"$RD_OUT\"", ReviewBrowser.executable ?? "/usr/bin/chromium",
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--remote-debugging-pipe",
            "--user-data-dir=\(scratch.appendingPathComponent("profile").path)", "about:blank",
        ]
        process.environment = ProcessInfo.processInfo.environment.merging(["RD_IN": toBrowser.path, "RD_OUT": fromBrowser.path]) { $1 }
        process.standardError = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        input = try FileHandle(forWritingTo: toBrowser)
        output = try FileHandle(forReadingFrom: fromBrowser)

        let target = try send("Target.createTarget", ["url": "about:blank"], inSession: false)
        let targetID = try Self.string(target, "targetId")
        session = try Self.string(try send("Target.attachToTarget", ["targetId": targetID, "flatten": true], inSession: false), "sessionId")
        _ = try send("Emulation.setDeviceMetricsOverride", ["width": width, "height": height, "deviceScaleFactor": 1, "mobile": false])
        _ = try send("Page.navigate", ["url": page.absoluteString])
        // A hang guard of two minutes (1,200 looks a tenth of a second apart), not a speed limit.
        for _ in 0..<1_200 {
            if (try? evaluate("document.documentElement.getAttribute('data-ready')")) == "true" { return }
            Thread.sleep(forTimeInterval: 0.1)
        }
        throw SessionError(message: "the page never became ready")
    }

    deinit {
        _ = try? send("Browser.close", [:], inSession: false)
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: scratch)
    }

    struct SessionError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    /// The value of a JavaScript expression (awaited if it is a promise), as a string.
    func evaluate(_ expression: String) throws -> String {
        let reply = try send("Runtime.evaluate", ["expression": expression, "returnByValue": true, "awaitPromise": true])
        if let exception = reply["exceptionDetails"] { throw SessionError(message: "\(exception)") }
        let result = reply["result"] as? [String: Any]
        if let text = result?["value"] as? String { return text }
        return result?["value"].map { "\($0)" } ?? "undefined"
    }

    /// A PNG of the viewport.
    func screenshot() throws -> Data {
        let reply = try send("Page.captureScreenshot", ["format": "png"])
        return Data(base64Encoded: try Self.string(reply, "data")) ?? Data()
    }

    private func send(_ method: String, _ parameters: [String: Any], inSession: Bool = true) throws -> [String: Any] {
        nextID += 1
        var message: [String: Any] = ["id": nextID, "method": method, "params": parameters]
        if inSession { message["sessionId"] = session }
        input.write(try JSONSerialization.data(withJSONObject: message) + Data([0]))
        while true {
            while let end = buffer.firstIndex(of: 0) {
                let line = buffer[buffer.startIndex..<end]
                buffer = Data(buffer[(end + 1)...])
                guard let reply = try JSONSerialization.jsonObject(with: line) as? [String: Any], reply["id"] as? Int == nextID else { continue }
                if let error = reply["error"] { throw SessionError(message: "\(method): \(error)") }
                return reply["result"] as? [String: Any] ?? [:]
            }
            let chunk = output.availableData
            guard !chunk.isEmpty else { throw SessionError(message: "the browser closed the pipe during \(method)") }
            buffer.append(chunk)
        }
    }

    private static func string(_ reply: [String: Any], _ key: String) throws -> String {
        guard let value = reply[key] as? String else { throw SessionError(message: "no \(key) in \(reply)") }
        return value
    }
}
