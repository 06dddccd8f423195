/// Runs independent pieces of work in parallel with structured concurrency.
enum Concurrently {
    /// Runs `work` on every item, at most `jobs` at a time, and hands each result to
    /// `completed` (on the calling task, in completion order) with the item's index.
    /// - Complexity: O(n) tasks for n items; at most `jobs` run at once.
    static func forEach<Item: Sendable, Output: Sendable>(
        _ items: [Item], jobs: Int, _ work: @escaping @Sendable (Item) async -> Output,
        completed: (_ index: Int, _ output: Output) -> Void
    ) async {
        await withTaskGroup(of: (Int, Output).self) { group in
            var next = 0
            func submit() {
                guard next < items.count else { return }
                let index = next, item = items[index]
                group.addTask { (index, await work(item)) }
                next += 1
            }
            // Clamped to the work: `--jobs 10000000000` starts as many tasks as there are items.
            for _ in 0..<min(max(1, jobs), max(1, items.count)) { submit() }
            while let (index, output) = await group.next() {
                completed(index, output)
                submit()
            }
        }
    }
}
