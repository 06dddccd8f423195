import Foundation

/// What every fuzz target's `main` does: under libFuzzer (`-DFUZZING`), hand control to its
/// driver; in a normal build, replay the files named on the command line (saved findings or
/// seeds) through the same code.
public enum FuzzHarness {
    /// The signature libFuzzer calls for each input: bytes, count, and 0 to go on.
    public typealias TestOneInput = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

    public static func main(fuzzing testOneInput: TestOneInput, replaying replay: (Data) -> Void) -> Never {
        #if FUZZING
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(runFuzzerDriver(&argc, &argv, testOneInput))
        #else
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("\(path): cannot be read\n".utf8))
                continue
            }
            replay(data)
            FileHandle.standardError.write(Data("\(path): ok\n".utf8))
        }
        exit(0)
        #endif
    }

    /// Runs `work` to its end for a caller that cannot await: libFuzzer, which must not return
    /// before an input is done. That caller is libFuzzer's own thread (or the replaying main
    /// thread), never one of Swift concurrency's, so blocking it starves none of `work`'s tasks.
    public static func wait(for work: @escaping @Sendable () async -> Void) {
        let done = DispatchSemaphore(value: 0)
        Task {
            await work()
            done.signal()
        }
        done.wait()
    }
}

#if FUZZING
/// libFuzzer's driver, linked from its runtime. SwiftPM renames an executable's `main`, so
/// libFuzzer's own `main` is never linked in and its driver is called instead. The three
/// arguments are pointers, passed alike by the Swift and C conventions.
@_silgen_name("LLVMFuzzerRunDriver")
private func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ body: FuzzHarness.TestOneInput
) -> CInt
#endif
