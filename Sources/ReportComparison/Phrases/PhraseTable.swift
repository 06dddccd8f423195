/// Counts of every n-gram of Han characters or English words in two texts, keyed by packed
/// unit ids, with what is needed to pick out maximal, meaningful phrases.
struct PhraseTable {
    /// How often an n-gram appears in the old and in the new text.
    struct Counts: Hashable {
        var old = 0
        var new = 0
    }

    let hanLengths: ClosedRange<Int>
    let wordLengths: ClosedRange<Int>
    private let tokenizer = Tokenizer()
    private var ids: [String: UInt32] = [:]
    private var units: [String] = []
    private var unitIsHan: [Bool] = []
    /// Whether a unit cannot begin a phrase, and whether it cannot end one.
    private var unitIsLeadingFunction: [Bool] = []
    private var unitIsTrailingFunction: [Bool] = []
    private var counts: [PhraseKey: Counts] = [:]
    /// How often each pair of adjacent Han characters occurs, both texts together.
    private var pairCounts: [UInt64: Int] = [:]

    init(hanLengths: ClosedRange<Int>, wordLengths: ClosedRange<Int>) {
        self.hanLengths = hanLengths
        self.wordLengths = wordLengths
    }

    /// Adds the n-grams of `text` to one side's counts.
    ///
    /// English words stay whole: a hyphenated compound (`five-year`, `supply-side`) is one unit,
    /// and letters stuck to a number (`13th`) are part of the number, so no phrase starts inside
    /// either (`year plan`, `th five`).
    /// - Complexity: O(n · L) for n units and phrases of at most L units.
    mutating func count(_ text: String, isOld: Bool) {
        var run: [UInt32] = []
        var runIsHan = false
        let tokens = tokenizer.tokens(in: text)
        var index = 0
        func flush() {
            countRun(run, isHan: runIsHan, isOld: isOld)
            run = []
        }
        while index < tokens.count {
            let token = tokens[index]
            switch token.kind {
            case .han, .word:
                let isHan = token.kind == .han
                if !isHan, index > 0, tokens[index - 1].kind == .number {
                    flush()
                    index += 1
                    continue
                }
                if isHan != runIsHan {
                    flush()
                    runIsHan = isHan
                }
                var text = token.text
                while !isHan, index + 2 < tokens.count, Self.joiners.contains(tokens[index + 1].text),
                    tokens[index + 2].kind == .word
                {
                    text += "-" + tokens[index + 2].text
                    index += 2
                }
                let unitText = isHan ? text : String(text.lowercased().map { $0 == "’" ? "'" : $0 })
                run.append(unit(unitText, isHan: isHan))
            case .whitespace:
                break
            case .number, .punctuation:
                flush()
            }
            index += 1
        }
        flush()
    }

    /// Hyphens that join two English words into one.
    private static let joiners: Set<String> = ["-", "\u{2010}", "\u{2011}"]

    private mutating func countRun(_ run: [UInt32], isHan: Bool, isOld: Bool) {
        let lengths = isHan ? hanLengths : wordLengths
        if isHan {
            for (first, second) in zip(run, run.dropFirst()) {
                pairCounts[Self.pair(first, second), default: 0] += 1
            }
        }
        for start in run.indices {
            var key = PhraseKey()
            for unit in run[start..<min(run.count, start + lengths.upperBound + 1)] {
                key.append(unit)
                guard key.count >= lengths.lowerBound else { continue }
                if isOld {
                    counts[key, default: Counts()].old += 1
                } else {
                    counts[key, default: Counts()].new += 1
                }
            }
        }
    }

    private mutating func unit(_ text: String, isHan: Bool) -> UInt32 {
        if let id = ids[text] { return id }
        let id = UInt32(truncatingIfNeeded: units.count)
        ids[text] = id
        units.append(text)
        unitIsHan.append(isHan)
        unitIsLeadingFunction.append(isHan ? FunctionWords.hanLeading.contains(text) : FunctionWords.english.contains(text))
        unitIsTrailingFunction.append(isHan ? FunctionWords.hanTrailing.contains(text) : FunctionWords.english.contains(text))
        return id
    }

    /// What follows (or precedes) a phrase's occurrences inside its runs.
    private struct Context {
        /// Occurrences extended by a content unit, by the most frequent one, and how many
        /// different content units extend it.
        var extended = 0
        var widest = 0
        var distinct = 0
        /// Occurrences whose edge character binds more tightly to the extension than inward.
        var cutting = 0

        mutating func add(_ total: Int, isFunction: Bool, cutsWord: Bool) {
            guard !isFunction else { return }
            extended += total
            widest = max(widest, total)
            distinct += 1
            if cutsWord { cutting += total }
        }

        /// Whether the phrase is cut out of longer ones on this side: one extension, or words
        /// it cuts, hold most of it, or (for a three-unit phrase) a few extensions hold all of it.
        func isFragmentSide(total: Int, length: Int) -> Bool {
            let share = PhraseTable.fragmentShare * Double(total)
            if Double(widest) >= share || Double(cutting) >= share { return true }
            return length <= 3 && extended == total && distinct <= 2
        }
    }

    /// The recurring phrases whose change is notable and is their own.
    ///
    /// A phrase is left out when it begins or ends with a function word; when an edge character
    /// belongs to the next word (`推动中`, `深化政`: see `hasLooseEdge`); when it is a fragment
    /// of longer phrases (`推动高` inside `推动高质量`, `政策落` inside `政策落实` and `政策落地`,
    /// `业增加值` cut out of `服务业增加值`);
    /// or when a longer notable phrase holding it accounts for at least half of its change in the
    /// same direction (`城镇化` 10 → 5 beside `新型城镇化` 8 → 3).
    ///
    /// - Complexity: O(k · L²) for k distinct n-grams of at most L units.
    func notableChanges(minimumOccurrences: Int, isNotable: (Int, Int) -> Bool) -> [PhraseChange] {
        // Contexts are read only for candidates, so only theirs are gathered, in a table sized once.
        let candidates = counts.filter { key, keyCounts in
            isPhraseLength(key) && max(keyCounts.old, keyCounts.new) >= minimumOccurrences
                && isNotable(keyCounts.old, keyCounts.new) && !isBoundedByFunctionWord(key)
        }
        var contexts: [PhraseKey: (before: Context, after: Context)] = [:]
        contexts.reserveCapacity(candidates.count)
        for key in candidates.keys { contexts[key] = (Context(), Context()) }
        for (key, keyCounts) in counts where key.count > 2 {
            let total = keyCounts.old + keyCounts.new
            let last = key.count - 1
            contexts[key.droppingLast]?.after.add(
                total, isFunction: unitIsTrailingFunction[Int(key[last])],
                cutsWord: bindsOutward(outer: key[last], edge: key[last - 1], inner: key[last - 2], leftward: false)
            )
            contexts[key.droppingFirst]?.before.add(
                total, isFunction: unitIsLeadingFunction[Int(key[0])],
                cutsWord: bindsOutward(outer: key[0], edge: key[1], inner: key[2], leftward: true)
            )
        }
        let notable = candidates.filter { key, keyCounts in
            let total = keyCounts.old + keyCounts.new
            if hasLooseEdge(key, total: total, sides: contexts[key]) { return false }
            guard let sides = contexts[key] else { return true }
            return !sides.before.isFragmentSide(total: total, length: key.count)
                && !sides.after.isFragmentSide(total: total, length: key.count)
        }
        var explained: Set<PhraseKey> = []
        for (key, keyCounts) in notable {
            let change = keyCounts.new - keyCounts.old
            for part in key.parts(minimumCount: 1) {
                guard let partCounts = notable[part] else { continue }
                let partChange = partCounts.new - partCounts.old
                if partChange.signum() == change.signum(), 2 * abs(change) >= abs(partChange) {
                    explained.insert(part)
                }
            }
        }
        return notable.compactMap { key, keyCounts in
            explained.contains(key) ? nil : PhraseChange(phrase: text(of: key), oldCount: keyCounts.old, newCount: keyCounts.new)
        }
    }

    /// The share of a phrase's occurrences inside one longer phrase that makes it a fragment.
    static let fragmentShare = 0.75

    /// The longest phrase reported; n-grams one unit longer are counted as context.
    static let longestPhrase = PhraseKey.capacity - 2

    private func isPhraseLength(_ key: PhraseKey) -> Bool {
        let isHan = key.count > 0 && unitIsHan[Int(key[0])]
        return (isHan ? hanLengths : wordLengths).contains(key.count)
    }

    /// Whether a Han phrase starts or ends on a character that belongs to the next word: the rest
    /// of the phrase is common and takes this character seldom (`推动` 114 times, `推动中` 3, as
    /// `中` goes with `中长期`, `中医药`), or takes it now and then while the character binds more
    /// tightly outward in most uses (`产业` against `业体系`, `成果` against `取得新成`).
    ///
    /// - Complexity: O(L) for a phrase of L units.
    private func hasLooseEdge(_ key: PhraseKey, total: Int, sides: (before: Context, after: Context)?) -> Bool {
        guard key.count >= 3, unitIsHan[Int(key[0])] else { return false }
        func isLoose(shorter: Int, side: Context?) -> Bool {
            shorter >= Self.seldomRatio * total
                || (shorter >= Self.looseRatio * total && 2 * (side?.cutting ?? 0) >= total)
        }
        return isLoose(shorter: occurrences(of: key.droppingLast), side: sides?.after)
            || isLoose(shorter: occurrences(of: key.droppingFirst), side: sides?.before)
    }

    /// The phrase less one edge character occurring this many times as often: the edge is loose.
    static let seldomRatio = 15
    /// This many times as often, and the edge character binding outward in most uses: loose too.
    static let looseRatio = 3

    /// How often an n-gram occurs in both texts together; pairs of Han characters included.
    private func occurrences(of key: PhraseKey) -> Int {
        if key.count == 2 { return pairCounts[Self.pair(key[0], key[1])] ?? 0 }
        guard let keyCounts = counts[key] else { return 0 }
        return keyCounts.old + keyCounts.new
    }

    private func isBoundedByFunctionWord(_ key: PhraseKey) -> Bool {
        key.count == 0 || unitIsLeadingFunction[Int(key[0])] || unitIsTrailingFunction[Int(key[key.count - 1])]
    }

    private static func pair(_ first: UInt32, _ second: UInt32) -> UInt64 {
        UInt64(first) << 32 | UInt64(second)
    }

    /// Whether the Han characters `outer` and `edge` occur together half as often again as `edge`
    /// and `inner`: then a phrase beginning (or ending) with `edge` cuts a word (`服务业` in
    /// `业增加值`).
    private func bindsOutward(outer: UInt32, edge: UInt32, inner: UInt32, leftward: Bool) -> Bool {
        guard unitIsHan[Int(edge)] else { return false }
        let outward = pairCounts[leftward ? Self.pair(outer, edge) : Self.pair(edge, outer)] ?? 0
        let inward = pairCounts[leftward ? Self.pair(edge, inner) : Self.pair(inner, edge)] ?? 0
        return 2 * outward > 3 * inward
    }

    private func text(of key: PhraseKey) -> String {
        let parts = key.units.map { units[Int($0)] }
        let isHan = key.count > 0 && unitIsHan[Int(key[0])]
        return parts.joined(separator: isHan ? "" : " ")
    }
}
