import ReportModel

/// Reads every quantified target and outcome of a report as a `Fact`.
///
/// A fact's role and year come from its part (a review part states outcomes of its year, a plan
/// part targets of the report's year), overridden by cues in its sentence: an explicit year
/// (`2024年`), `去年`/`过去一年` (the year before), `今年`, or target words (`目标`, `力争`, `确保`)
/// outside a review part. Its indicator comes from the lexicon; its subject is the words as written.
public struct FactExtractor: Sendable {
    public var lexicon: IndicatorLexicon
    public var parser: QuantityParser

    public init(lexicon: IndicatorLexicon = .shipped, parser: QuantityParser = QuantityParser()) {
        self.lexicon = lexicon
        self.parser = parser
    }

    /// Where a sentence stands: what its part does and which years apply.
    public struct Context: Sendable, Hashable {
        public var partRole: PartRole?
        public var partYear: Int?
        /// The year the report is delivered in.
        public var reportYear: Int?

        public init(partRole: PartRole? = nil, partYear: Int? = nil, reportYear: Int? = nil) {
            self.partRole = partRole
            self.partYear = partYear
            self.reportYear = reportYear
        }
    }

    /// Every fact of the report, in document order; a lead's heading is read before its paragraphs.
    /// - Complexity: O(n) in the length of the report's text.
    public func facts(in report: Report) -> [Fact] {
        let reportYear = report.metadata.year ?? report.root.impliedReportYear
        var facts: [Fact] = []
        visit(report.root, context: Context(reportYear: reportYear), into: &facts)
        return facts
    }

    /// The facts of one sentence read on its own.
    /// - Complexity: O(n) in the length of the sentence.
    public func facts(inSentence text: String, sentenceID: String, sectionID: String, context: Context) -> [Fact] {
        facts(inSentence: text, sentenceID: sentenceID, sectionID: sectionID, context: context, carried: nil)
    }

    /// The facts of one sentence; `carried` is the last cue of the clause before when the two
    /// are one list split by `；` (`主要预期目标是：…；城镇新增就业1200万人以上；…`).
    func facts(
        inSentence text: String, sentenceID: String, sectionID: String, context: Context, carried: Cue?
    ) -> [Fact] {
        let characters = Array(text)
        let matches = parser.quantities(in: text)
        guard !matches.isEmpty else { return [] }
        let cues = Cue.scan(characters, reportYear: context.reportYear)
        var facts: [Fact] = []
        var previous: (match: QuantityMatch, subject: Subject)?
        for match in matches where !Self.isThreshold(match, in: characters) {
            let subject = subject(of: match, in: characters, after: previous)
            previous = (match, subject)
            let cue = cues.last { $0.offset < match.span.lowerBound } ?? carried
            let (role, year) = roleAndYear(cue: cue, match: match, characters: characters, context: context)
            facts.append(
                Fact(
                    id: "\(sentenceID).f\(facts.count + 1)", role: role, indicator: subject.entry?.id,
                    subject: subject.text, measure: measure(of: match, subject: subject), year: year,
                    quantity: match.quantity, sectionID: sectionID, sentenceID: sentenceID, sentence: text
                )
            )
        }
        return facts
    }

    // MARK: Walking the outline

    private func visit(_ section: Section, context: Context, into facts: inout [Fact]) {
        var context = context
        if section.kind == .part {
            context.partRole = section.role
            context.partYear = section.year
        }
        if section.kind != .document && section.kind != .part {
            facts += self.facts(
                inSentence: section.title, sentenceID: "\(section.id).title", sectionID: section.id,
                context: context, carried: nil
            )
        }
        for block in section.blocks {
            switch block {
            case .paragraph(let paragraph):
                var carried: Cue?
                for sentence in paragraph.sentences {
                    facts += self.facts(
                        inSentence: sentence.text, sentenceID: sentence.id, sectionID: section.id,
                        context: context, carried: carried
                    )
                    if sentence.text.hasSuffix("；") || sentence.text.hasSuffix(";") {
                        let cues = Cue.scan(Array(sentence.text), reportYear: context.reportYear)
                        carried = cues.last ?? carried
                    } else {
                        carried = nil
                    }
                }
            case .section(let child):
                visit(child, context: context, into: &facts)
            }
        }
    }

    // MARK: Role and year

    private func roleAndYear(
        cue: Cue?, match: QuantityMatch, characters: [Character], context: Context
    ) -> (FactRole, Int?) {
        let reportYear = context.reportYear
        if case .year(let year)? = cue?.kind {
            if let reportYear { return (year < reportYear ? .outcome : .target, year) }
            return (context.partRole == .plan ? .target : .outcome, year)
        }
        let hasTargetCue = cue?.kind == .target
        if match.isEnglish {
            return (hasTargetCue ? .target : .outcome, nil)
        }
        switch context.partRole {
        case .review:
            return (.outcome, context.partYear ?? reportYear.map { $0 - 1 })
        case .plan:
            return (.target, reportYear ?? context.partYear)
        case .other, .requirements, .government, .appendix, nil:
            if hasTargetCue { return (.target, context.partYear ?? reportYear) }
            if let partYear = context.partYear, let reportYear, partYear >= reportYear {
                return (.target, partYear)
            }
            return (.outcome, context.partYear ?? reportYear.map { $0 - 1 })
        }
    }

    // MARK: Measure

    private func measure(of match: QuantityMatch, subject: Subject) -> Measure {
        guard match.isPercentage else {
            return match.direction == .rise || match.direction == .fall ? .growth : .level
        }
        switch match.direction {
        case .rise, .fall:
            return .growth
        case .reach, nil:
            if let entry = subject.entry, entry.measure != .level { return entry.measure }
            return match.quantity.unit == "%" ? .rate : .growth
        }
    }

    // MARK: Subject

    /// What a number measures: an indicator from the lexicon, or the words naming it.
    struct Subject {
        var text: String
        var entry: IndicatorLexicon.Entry?
    }

    /// The subject: an indicator named in the clause before the number; else the noun the
    /// number counts (`34个精品示范村`); else the clause before it, or the one before that when
    /// the number's own clause is only a verb (`经济总量跃升至全省第4位、达到2458.8亿元`).
    private func subject(
        of match: QuantityMatch, in characters: [Character], after previous: (match: QuantityMatch, subject: Subject)?
    ) -> Subject {
        let clauseStart = Self.clauseStart(before: match.span.lowerBound, in: characters)
        let lowerBound = max(clauseStart, previous?.match.span.upperBound ?? 0)
        let left = String(characters[min(lowerBound, match.span.lowerBound)..<match.span.lowerBound])
        if let found = indicator(in: left) { return found }
        if let following = followingNoun(after: match, in: characters) {
            return Subject(text: following, entry: indicator(in: following)?.entry)
        }
        let bare = String(left.drop { Self.listSeparators.contains($0) || $0.isInlineSpace })
        let cleaned = match.isEnglish ? Self.englishTail(bare) : Self.cleaned(bare)
        if !cleaned.isEmpty { return Subject(text: cleaned, entry: nil) }
        let earlierStart = Self.clauseStart(before: max(clauseStart - 1, 0), in: characters)
        if let previous, previous.match.span.upperBound > earlierStart {
            return previous.subject
        }
        guard clauseStart > 0 else { return Subject(text: "", entry: nil) }
        let earlier = String(characters[earlierStart..<(clauseStart - 1)])
        if let found = indicator(in: earlier) { return found }
        return Subject(text: match.isEnglish ? Self.englishTail(earlier) : Self.cleaned(earlier), entry: nil)
    }

    /// The indicator named in `phrase`, unless the name only qualifies another head
    /// (`对全球经济增长的贡献率`) or is narrowed to a part of the whole (`工业类开发区规上工业增加值`).
    private func indicator(in phrase: String) -> Subject? {
        guard let found = lexicon.match(in: phrase) else { return nil }
        let rest = phrase[phrase.index(phrase.startIndex, offsetBy: found.range.upperBound)...]
        if found.entry.measure != .rate, Self.otherHeads.contains(where: { rest.contains($0) }) { return nil }
        let before = String(phrase.prefix(found.range.lowerBound)).trimmingCharacters(in: .whitespaces)
        if let last = before.last, last.isHan, !Self.wholeScopeEndings.contains(where: { before.hasSuffix($0) }) {
            return nil
        }
        return Subject(text: found.name, entry: found.entry)
    }

    /// The noun right after a count (`个精品示范村`), cut before the verb that follows it.
    private func followingNoun(after match: QuantityMatch, in characters: [Character]) -> String? {
        guard !match.isPercentage, !Self.ratioUnits.contains(match.quantity.unit) else { return nil }
        var cursor = match.span.upperBound
        while cursor < characters.count, characters[cursor].isInlineSpace, cursor - match.span.upperBound < 3 {
            cursor += 1
        }
        if match.isEnglish {
            let words = String(characters[cursor..<min(characters.count, cursor + 40)])
                .split(separator: " ", omittingEmptySubsequences: true)
                .prefix { $0.allSatisfy(\.isLetter) && !Self.englishStopWords.contains($0.lowercased()) }
                .prefix(3)
            return words.isEmpty ? nil : words.joined(separator: " ")
        }
        if cursor < characters.count, characters[cursor] == "“" {
            cursor += 1
        }
        guard cursor < characters.count, characters[cursor].isHan || characters[cursor].digitValue != nil,
            characters[cursor] != "的", !Self.listSeparators.contains(characters[cursor])
        else { return nil }
        /// Han and Latin letters; digits only in a leading number (`80岁以上老年人`, not `联产25万吨`).
        func continuesNoun(_ index: Int) -> Bool {
            let character = characters[index]
            if character.isHan || character.isASCIILetter { return true }
            return character.digitValue != nil && (index == cursor || characters[index - 1].digitValue != nil)
        }
        var end = cursor
        while end < characters.count, end - cursor < 16, continuesNoun(end) {
            end += 1
        }
        var noun = String(characters[cursor..<end])
        for verb in Self.verbs {
            if let range = noun.range(of: verb), noun.distance(from: noun.startIndex, to: range.lowerBound) >= 2 {
                noun = String(noun[..<range.lowerBound])
            }
        }
        return noun.isEmpty ? nil : noun
    }

    /// `20万人以上的县`: a bound qualifying a noun, not a number stated of anything.
    static func isThreshold(_ match: QuantityMatch, in characters: [Character]) -> Bool {
        guard let qualifier = match.quantity.qualifier, [.atLeast, .below, .within].contains(qualifier) else {
            return false
        }
        return match.span.upperBound < characters.count && characters[match.span.upperBound] == "的"
    }

    /// Where the clause holding `offset` starts: after the last clause punctuation before it.
    static func clauseStart(before offset: Int, in characters: [Character]) -> Int {
        var cursor = min(offset, characters.count)
        while cursor > 0, offset - cursor < 200 {
            if clauseBreaks.contains(characters[cursor - 1]) { return cursor }
            cursor -= 1
        }
        return cursor
    }

    /// The clause with the fillers around its subject removed: `全年完成` → ``, `全市快递业务量` → `快递业务量`.
    static func cleaned(_ phrase: String) -> String {
        var text = phrase.trimmingCharacters(in: .whitespaces)
        text.removeAll { $0 == "“" || $0 == "”" || $0 == "\"" }
        var changed = true
        while changed, !text.isEmpty {
            changed = false
            for filler in leadingFillers where text.hasPrefix(filler) {
                text.removeFirst(filler.count)
                changed = true
            }
            for filler in trailingFillers where text.hasSuffix(filler) {
                text.removeLast(filler.count)
                changed = true
            }
        }
        return String(text.suffix(16))
    }

    /// The last words of an English clause: `lower the deficit by` → `the deficit`.
    static func englishTail(_ phrase: String) -> String {
        var words = phrase.split(whereSeparator: { $0 == " " }).map(String.init)
        while let last = words.last, englishStopWords.contains(last.lowercased()) { words.removeLast() }
        return words.suffix(4).joined(separator: " ")
    }

    static let clauseBreaks: Set<Character> = ["，", "。", "；", "：", "、", ",", ";", ":", "！", "？", "—"]

    /// Units that relate a number to something named before it (`支出八成以上用于民生`).
    static let ratioUnits: Set<String> = ["成", "倍", "%"]

    /// What may stand between two numbers sharing a subject (`分别达98%和100%`, `突破4.5亿件，增长31.9%`).
    static let listSeparators: Set<Character> = ["、", "，", ",", "和", "与", "及"]

    /// What may stand right before an indicator's name without narrowing it to a part of the whole.
    static let wholeScopeEndings = [
        "全市", "全省", "全区", "全县", "全国", "全年", "今年", "去年", "上年", "我市", "我省", "我国", "城市", "确保",
        "力争", "实现", "推动", "预计", "完成", "达到", "发行", "安排", "其中", "全体", "目标", "是", "为", "和", "及",
        "与", "新增", "拟",
    ]

    static let otherHeads = ["率", "比重", "占比", "贡献", "比例", "份额", "零售额", "人均"]

    static let leadingFillers = [
        "全市", "全省", "全国", "全年", "我市", "我省", "我国", "今年", "去年", "其中", "同时", "累计", "一年来",
        "分别", "完成", "建成", "实现", "实施", "加快", "推动", "开展", "发放", "抓实抓好", "力争", "确保", "比上年",
        "较上年", "同比",
    ]

    static let trailingFillers = [
        "达到", "完成", "实现", "分别", "平均", "实际", "同比", "比上年", "较上年", "累计", "总计", "合计", "均", "为",
        "是", "有", "在", "稳定", "保持", "控制", "超", "再", "新", "建成", "打造", "培育", "新建", "新增", "全年",
        "年均", "已", "共", "首次", "持续", "达", "年初预算", "惠及",
    ]

    static let verbs = [
        "集中", "开工", "建成", "投产", "注册", "入园", "完成", "实现", "达到", "纳入", "入选", "获得", "获批",
        "落地", "签约", "发放", "受益", "参与", "加快", "推进", "开展", "提升", "开通", "全部", "实施", "覆盖",
        "惠及", "新增", "增长", "得到", "通过", "用于", "进入", "保障", "上榜", "送上", "认定", "在", "为", "被", "向",
        "从", "由", "成为", "达", "的", "支持", "成效", "联合试运转",
    ]

    static let englishStopWords: Set<String> = [
        "by", "of", "the", "to", "and", "a", "an", "in", "for", "over", "more", "than", "about", "around", "nearly",
        "at", "least", "is", "was", "are", "were", "be", "that", "this", "with", "from", "on", "up", "down", "just",
        "almost", "roughly", "approximately", "under", "less", "no", "most",
    ]
}
