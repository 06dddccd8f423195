import Dispatch

/// Runs two independent pieces of work at once, so that one comparison uses two cores.
public enum Parallel {
    /// `first` on a worker thread while `second` runs on this one; both results.
    ///
    /// The worker comes from Dispatch's global pool, not from Swift concurrency's, so this may
    /// block a task of `batch` without starving the tasks it waits for.
    public static func both<First: Sendable, Second>(_ first: @escaping @Sendable () -> First, _ second: () -> Second) -> (First, Second) {
        let slot = Slot<First>()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { slot.value = first() }
        let secondResult = second()
        group.wait()
        // The group's wait orders the worker's write before this read.
        guard let firstResult = slot.value else { preconditionFailure("the worker ended without a result") }
        return (firstResult, secondResult)
    }

    /// Where the worker leaves its result; written once, then read once after the group's wait.
    private final class Slot<Value>: @unchecked Sendable {
        var value: Value?
    }
}
