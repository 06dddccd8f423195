/// Counts of the n-grams of Han characters or English words in two texts, over integer unit
/// ids, with what is needed to pick out maximal, meaningful phrases.
struct PhraseTable {
    let hanLengths: ClosedRange<Int>
    let wordLengths: ClosedRange<Int>
    private let tokenizer = Tokenizer()
    private var ids: [String: UInt32] = [:]
    /// Units by their scalars as written, for text whose scalars stand alone: a Han character
    /// of the basic plane by its scalar, any other unit by its key's id.
    private var hanUnits: [UInt32] = []
    private static let unknownUnit = UInt32.max
    private var unitsByScalars = ScalarSequenceTable(capacity: 1024)
    private var unitOfScalars: [UInt32] = []
    private var key: [UInt32] = []
    private var units: [String] = []
    private var unitIsHan: [Bool] = []
    /// Whether a unit cannot begin a phrase, and whether it cannot end one.
    private var unitIsLeadingFunction: [Bool] = []
    private var unitIsTrailingFunction: [Bool] = []
    /// Each side's runs of unit ids, each run followed by `separator`.
    private var oldRuns: [UInt32] = []
    private var newRuns: [UInt32] = []
    private static let separator = UInt32.max

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
        let tokens = tokenizer.spans(in: text)
        var index = 0
        func flush() {
            countRun(run, isHan: runIsHan, isOld: isOld)
            run = []
        }
        while index < tokens.count {
            switch tokens.kinds[index] {
            case .han, .word:
                let isHan = tokens.kinds[index] == .han
                if !isHan, index > 0, tokens.kinds[index - 1] == .number {
                    flush()
                    index += 1
                    continue
                }
                if isHan != runIsHan {
                    flush()
                    runIsHan = isHan
                }
                let first = index
                while !isHan, index + 2 < tokens.count, isJoiner(index + 1, in: tokens), tokens.kinds[index + 2] == .word {
                    index += 2
                }
                run.append(unit(of: first...index, in: tokens, isHan: isHan))
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
    private static let joinerScalars = joiners.compactMap(\.unicodeScalars.first)

    /// Whether a token is a hyphen; a scalar that stands alone is equal as a string to none of
    /// the joiners but itself.
    private func isJoiner(_ token: Int, in tokens: TokenSpans) -> Bool {
        guard tokens.standsAlone else { return Self.joiners.contains(tokens.text(of: token..<(token + 1))) }
        let scalars = tokens.scalars(of: token)
        return scalars.count == 1 && scalars.first.map { Self.joinerScalars.contains($0) } == true
    }

    private mutating func countRun(_ run: [UInt32], isHan: Bool, isOld: Bool) {
        guard !run.isEmpty else { return }
        if isOld {
            oldRuns += run
            oldRuns.append(Self.separator)
        } else {
            newRuns += run
            newRuns.append(Self.separator)
        }
    }

    /// The unit id of a Han character, or of English words joined by hyphens (`tokens` holds
    /// every other token of the range, the hyphens between).
    ///
    /// Units are told apart as strings, so a unit seen first is looked up by its scalars in
    /// `unitsByScalars` and only its first sighting builds a string.
    private mutating func unit(of tokens: ClosedRange<Int>, in spans: TokenSpans, isHan: Bool) -> UInt32 {
        guard spans.standsAlone else { return unit(unitText(of: tokens, in: spans, isHan: isHan), isHan: isHan) }
        let start = spans.bounds[tokens.lowerBound]
        if isHan, spans.bounds[tokens.upperBound + 1] == start + 1, spans.scalars[start].value < 0x1_0000 {
            let scalar = Int(spans.scalars[start].value)
            if hanUnits.isEmpty { hanUnits = Array(repeating: Self.unknownUnit, count: 0x1_0000) }
            if hanUnits[scalar] == Self.unknownUnit {
                hanUnits[scalar] = unit(unitText(of: tokens, in: spans, isHan: true), isHan: true)
            }
            return hanUnits[scalar]
        }
        key.removeAll(keepingCapacity: true)
        for scalar in spans.scalars[spans.bounds[tokens.lowerBound]..<spans.bounds[tokens.upperBound + 1]] {
            key.append(scalar.value)
        }
        let (slot, isNew) = unitsByScalars.id(for: key[...])
        guard isNew else { return unitOfScalars[slot] }
        let id = unit(unitText(of: tokens, in: spans, isHan: isHan), isHan: isHan)
        unitOfScalars.append(id)
        return id
    }

    /// A unit as written: Han as it stands, English lowercased, words joined by `-` whatever
    /// the hyphen, curly apostrophes straight.
    private func unitText(of tokens: ClosedRange<Int>, in spans: TokenSpans, isHan: Bool) -> String {
        guard !isHan else { return spans.text(of: tokens.lowerBound..<(tokens.upperBound + 1)) }
        let text = stride(from: tokens.lowerBound, through: tokens.upperBound, by: 2)
            .map { spans.text(of: $0..<($0 + 1)) }
            .joined(separator: "-")
        return String(text.lowercased().map { $0 == "’" ? "'" : $0 })
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
        let index = NGramIndex(
            old: oldRuns, new: newRuns, separator: Self.separator, unitCount: units.count,
            threshold: minimumOccurrences
        ) { unit in (unitIsHan[Int(unit)] ? hanLengths : wordLengths).upperBound + 1 }
        let grams = index.grams
        // Contexts are read only for candidates, so only theirs are gathered, by candidate slot.
        var slots = [Int32](repeating: -1, count: grams.count)
        var candidates: [UInt32] = []
        for (id, gram) in grams.enumerated()
        where isPhraseLength(gram) && max(Int(gram.old), Int(gram.new)) >= minimumOccurrences
            && isNotable(Int(gram.old), Int(gram.new)) && !isBoundedByFunctionWord(gram)
        {
            slots[id] = Int32(candidates.count)
            candidates.append(UInt32(id))
        }
        var contexts = [(before: Context, after: Context)](repeating: (Context(), Context()), count: candidates.count)
        for (id, gram) in grams.enumerated() where gram.length > 2 && isCounted(gram) {
            let afterSlot = gram.prefix == NGramIndex.none ? -1 : slots[Int(gram.prefix)]
            let beforeSlot = gram.suffix == NGramIndex.none ? -1 : slots[Int(gram.suffix)]
            guard afterSlot >= 0 || beforeSlot >= 0 else { continue }
            // The three units at either end, read through the parts rather than spelled out whole.
            let length = Int(gram.length)
            if afterSlot >= 0 {
                contexts[Int(afterSlot)].after.add(
                    gram.total, isFunction: unitIsTrailingFunction[Int(gram.last)],
                    cutsWord: bindsOutward(
                        outer: gram.last, edge: index.unit(at: length - 2, of: UInt32(id)),
                        inner: { index.unit(at: length - 3, of: UInt32(id)) }, leftward: false, index)
                )
            }
            if beforeSlot >= 0 {
                contexts[Int(beforeSlot)].before.add(
                    gram.total, isFunction: unitIsLeadingFunction[Int(gram.first)],
                    cutsWord: bindsOutward(
                        outer: gram.first, edge: index.unit(at: 1, of: UInt32(id)),
                        inner: { index.unit(at: 2, of: UInt32(id)) }, leftward: true, index)
                )
            }
        }
        var isNotableSlot = [Bool](repeating: false, count: candidates.count)
        for (slot, id) in candidates.enumerated() {
            let gram = grams[Int(id)], sides = contexts[slot]
            if hasLooseEdge(gram, sides: sides, index) { continue }
            isNotableSlot[slot] =
                !sides.before.isFragmentSide(total: gram.total, length: Int(gram.length))
                && !sides.after.isFragmentSide(total: gram.total, length: Int(gram.length))
        }
        var isExplained = [Bool](repeating: false, count: candidates.count)
        for (slot, id) in candidates.enumerated() where isNotableSlot[slot] {
            let gram = grams[Int(id)], change = Int(gram.new) - Int(gram.old)
            let key = index.units(of: id)
            // Every shorter part, found by extending its prefixes: a notable part recurs, and so
            // do its prefixes, which are therefore counted.
            for start in key.indices {
                var part: UInt32? = key[start]
                var end = start
                while let partID = part, end - start + 1 < key.count {
                    let partSlot = Int(slots[Int(partID)])
                    if partSlot >= 0, isNotableSlot[partSlot] {
                        let partGram = grams[Int(partID)], partChange = Int(partGram.new) - Int(partGram.old)
                        if partChange.signum() == change.signum(), 2 * abs(change) >= abs(partChange) {
                            isExplained[partSlot] = true
                        }
                    }
                    end += 1
                    part = end < key.count ? index.extending(partID, by: key[end]) : nil
                }
            }
        }
        return candidates.indices.compactMap { slot in
            guard isNotableSlot[slot], !isExplained[slot] else { return nil }
            let gram = grams[Int(candidates[slot])]
            return PhraseChange(phrase: text(of: index.units(of: candidates[slot])), oldCount: Int(gram.old), newCount: Int(gram.new))
        }
    }

    /// The share of a phrase's occurrences inside one longer phrase that makes it a fragment.
    static let fragmentShare = 0.75

    /// The longest phrase reported; n-grams one unit longer are counted as context.
    static let longestPhrase = 8

    private func lengths(of gram: NGramIndex.Gram) -> ClosedRange<Int> {
        unitIsHan[Int(gram.first)] ? hanLengths : wordLengths
    }

    private func isPhraseLength(_ gram: NGramIndex.Gram) -> Bool {
        lengths(of: gram).contains(Int(gram.length))
    }

    /// Whether an n-gram is long enough to be counted as a phrase or as a phrase's context.
    private func isCounted(_ gram: NGramIndex.Gram) -> Bool {
        Int(gram.length) >= lengths(of: gram).lowerBound
    }

    /// Whether a Han phrase starts or ends on a character that belongs to the next word: the rest
    /// of the phrase is common and takes this character seldom (`推动` 114 times, `推动中` 3, as
    /// `中` goes with `中长期`, `中医药`), or takes it now and then while the character binds more
    /// tightly outward in most uses (`产业` against `业体系`, `成果` against `取得新成`).
    ///
    /// - Complexity: O(1).
    private func hasLooseEdge(_ gram: NGramIndex.Gram, sides: (before: Context, after: Context), _ index: NGramIndex) -> Bool {
        guard gram.length >= 3, unitIsHan[Int(gram.first)] else { return false }
        let total = gram.total
        func isLoose(shorter: Int, side: Context) -> Bool {
            shorter >= Self.seldomRatio * total || (shorter >= Self.looseRatio * total && 2 * side.cutting >= total)
        }
        return isLoose(shorter: occurrences(of: gram.prefix, index), side: sides.after)
            || isLoose(shorter: occurrences(of: gram.suffix, index), side: sides.before)
    }

    /// The phrase less one edge character occurring this many times as often: the edge is loose.
    static let seldomRatio = 15
    /// This many times as often, and the edge character binding outward in most uses: loose too.
    static let looseRatio = 3

    /// How often a counted n-gram occurs in both texts together; pairs of Han characters included.
    private func occurrences(of id: UInt32, _ index: NGramIndex) -> Int {
        guard id != NGramIndex.none else { return 0 }
        let gram = index.grams[Int(id)]
        return gram.length == 2 || isCounted(gram) ? gram.total : 0
    }

    private func isBoundedByFunctionWord(_ gram: NGramIndex.Gram) -> Bool {
        unitIsLeadingFunction[Int(gram.first)] || unitIsTrailingFunction[Int(gram.last)]
    }

    /// Whether the Han characters `outer` and `edge` occur together half as often again as `edge`
    /// and `inner`: then a phrase beginning (or ending) with `edge` cuts a word (`服务业` in
    /// `业增加值`).
    private func bindsOutward(outer: UInt32, edge: UInt32, inner: () -> UInt32, leftward: Bool, _ index: NGramIndex) -> Bool {
        guard unitIsHan[Int(edge)] else { return false }
        let inner = inner()
        func pairCount(_ first: UInt32, _ second: UInt32) -> Int {
            index.extending(first, by: second).map { index.grams[Int($0)].total } ?? 0
        }
        let outward = leftward ? pairCount(outer, edge) : pairCount(edge, outer)
        let inward = leftward ? pairCount(edge, inner) : pairCount(inner, edge)
        return 2 * outward > 3 * inward
    }

    private func text(of key: [UInt32]) -> String {
        let parts = key.map { units[Int($0)] }
        let isHan = !key.isEmpty && unitIsHan[Int(key[0])]
        return parts.joined(separator: isHan ? "" : " ")
    }
}
