import Foundation
import ReportModel
import ReportText

/// What a number measures: its subject, read from the words around it, and the numbers that
/// only set the scene (thresholds, comparisons, descriptions of something else).
extension FactExtractor {
    /// What a number measures: an indicator from the lexicon, or the words naming it.
    struct Subject {
        var text: String
        var entry: IndicatorLexicon.Entry?
        /// A fall word stands before the name (`再减少农村贫困人口1000万以上`): the number is a fall.
        var isFall = false
        /// The name holds the deed that made the things counted (`新增…产业集群`): the number is
        /// how many were made, not a change of how many there are.
        var countsDeed = false
    }

    /// The subject: an indicator named in the clause before the number; else the noun the
    /// number counts (`34个精品示范村`); else the clause before it, or the one before that when
    /// the number's own clause is only a verb (`经济总量跃升至全省第4位、达到2458.8亿元`).
    func subject(
        of match: QuantityMatch, in characters: [Character], after previous: (match: QuantityMatch, subject: Subject)?
    ) -> Subject {
        let clauseStart = Self.listStart(before: Self.clauseStart(before: match.span.lowerBound, in: characters), in: characters)
        let lowerBound = max(clauseStart, previous?.match.span.upperBound ?? 0)
        var left = String(characters[min(lowerBound, match.span.lowerBound)..<match.span.lowerBound])
        if match.isEnglish {
            return Self.withRecipient(englishSubject(of: match, in: characters, left: left, after: previous), after: match, in: characters)
        }
        // `企业退休人员养老金标准继续提高，年人均提高2556元`, `城镇年人均提高600元`: an amount per head
        // is of the standard named before `人均`, or of the one the sentence opens on.
        if let perHead = Self.perHeadSubject(left, of: match, in: characters) { return Subject(text: perHead, entry: nil) }
        // `教育投入1349亿元，是“十一五”的2.4倍`: a multiple of what the thing was at an earlier time is of
        // the thing just measured.
        if let previous, match.quantity.unit.hasSuffix("倍"),
            case let said = left.filter({ !"“”\"".contains($0) }).trimmingCharacters(in: .whitespaces),
            ["是", "为", "约为"].contains(where: said.hasPrefix), said.count <= 10
        {
            return previous.subject
        }
        // `压减钢铁产能5000万吨`: what a verb of cutting cuts is the subject.
        // `一般性支出连续5年压减比例超5%`: a bare rate after the verb is the cut's, of what comes before.
        if let verb = match.directionWord, Lexis.verbsOfCutting.contains(verb), let cut = left.lastLiteralRange(of: verb),
            cut.upperBound < left.endIndex, !Self.cutRates.contains(String(left[cut.upperBound...]))
        {
            left = String(left[cut.upperBound...])
        }
        // `保交房项目提前3个月实现100%交付`: a share of a deed achieved is of the things and the deed
        // (how early it was done names nothing).
        if match.isPercentage, let achieved = left.lastLiteralRange(of: "实现"), achieved.upperBound == left.endIndex {
            let deed = characters[match.span.upperBound..<Self.clauseEnd(after: match.span.upperBound, in: characters)]
            var things = left[..<achieved.lowerBound]
            if let early = things.lastLiteralRange(of: "提前") { things = things[..<early.lowerBound] }
            let owner = Self.cleaned(String(things))
            if (2...4).contains(deed.count), deed.allSatisfy(\.isHan), owner.count >= 2, owner.allSatisfy(\.isHan) {
                return Subject(text: owner + String(deed), entry: nil)
            }
        }
        // `增长1.7%（同口径增长2.5%以上）`: a bracket right after a number measures the same thing
        // on another basis, which it names.
        if let previous, case let open = previous.match.span.upperBound, open + 1 < match.span.lowerBound, "（(".contains(characters[open]),
            case let basis = String(characters[(open + 1)..<match.span.lowerBound]), (2...6).contains(basis.count),
            basis.allSatisfy(\.isHan), !Self.verbs.contains(where: basis.hasPrefix)
        {
            return Subject(text: previous.subject.text + "（" + basis + "）", entry: nil)
        }
        // `累计推出259项制度创新成果，其中56项为全国首创`: the part of the whole that is what `为` says.
        if let previous, left.trimmingCharacters(in: .whitespaces).hasSuffix("其中"), match.span.upperBound < characters.count,
            "为是".contains(characters[match.span.upperBound]),
            case let said = String(characters[(match.span.upperBound + 1)..<Self.clauseEnd(after: match.span.upperBound, in: characters)]),
            (2...8).contains(said.count), said.allSatisfy(\.isHan)
        {
            return Subject(text: said + "的" + Self.things(of: previous.subject.text), entry: nil)
        }
        // `金融机构本外币存、贷款余额双双突破6万亿元`: the number holds for both things listed before
        // `双双`, whatever their length.
        if left.hasSuffix("双双"), left.count > 2 {
            var start = clauseStart
            while start > 1, characters[start - 1] == "、" { start = Self.clauseStart(before: start - 1, in: characters) }
            let both = Self.cleaned(String(characters[start..<(match.span.lowerBound - 2)]))
            if both.contains("、") { return Subject(text: both, entry: nil) }
        }
        // `实际使用外资达到160.6亿美元、折合1148亿元人民币`: the same amount in another currency.
        if let previous, left.trimmingCharacters(in: .whitespaces).hasSuffix("折合") { return previous.subject }
        // `陆相页岩油全国重点实验室助力页岩油年产量突破100万吨`: what helps along is not what is measured;
        // the words after the verb are.
        if let help = Self.helpingVerbs.compactMap({ left.lastLiteralRange(of: $0) }).max(by: { $0.lowerBound < $1.lowerBound }),
            left.distance(from: left.startIndex, to: help.lowerBound) >= 2, left.distance(from: help.upperBound, to: left.endIndex) >= 2
        {
            left = String(left[help.upperBound...])
        }
        // `服务业支撑作用更加明显，增加值跨上3万亿元台阶，对经济增长贡献率超60%`: a bare measure opening
        // a later clause is of what the sentence opens on.
        // `…、五年增量超1.36万亿元`: so is one after a length of time.
        // `对口援青和东西部协作持续深化，落实资金27.3亿元，实施项目681个`: so are funds and projects.
        if clauseStart > 0, case let measure = Self.cleaned(left),
            Self.bareMeasures.contains(where: {
                guard measure.hasSuffix($0) else { return false }
                let rest = String(measure.dropLast($0.count))
                return rest.isEmpty || Self.isDuration(rest) || previous == nil && Self.fundingVerbs.contains(rest)
            }),
            let topic = Self.topic(of: characters), previous.map({ $0.subject.text.hasPrefix(topic) }) ?? true
        {
            let named = topic.hasSuffix(measure) ? topic : topic + measure
            return Subject(text: named, entry: indicator(in: named)?.entry)
        }
        // `投资6.6亿元，实施两河圣山文化旅游景区的基础设施建设`, `投入187亿元办好…民生实事`: a bare sum
        // spent is spent on the work the words after it do.
        if match.quantity.unit.hasSuffix("元"), let spent = Self.sumSpent(Self.cleaned(left)), let work = workFunded(after: match, in: characters) {
            return Subject(text: work + spent, entry: nil)
        }
        if let found = indicator(in: left) {
            // `（五年来）城镇新增就业每年超过90万人`, `…年均超过70万人`: an amount each year of a span is no
            // amount of the span, nor the year's own row.
            if match.direction == nil || match.direction == .reach, let entry = found.entry, entry.measure == .level,
                case let tail = String(left.reversed().prefix(while: \.isHan).reversed()),
                let rate = ["平均每年", "每年", "年均"].first(where: tail.hasSuffix)
            {
                return Subject(text: rate + found.text, entry: nil)
            }
            return found
        }
        if let share = Self.shareOfWhole(match, after: left, in: characters) { return Subject(text: share, entry: nil) }
        // `乌东德、白鹤滩等14座大中型水电站建成发电`: examples named before a count open its clause too.
        // `为超300万名婴幼儿发放育儿补贴`, `在3000个小区设置智能回收机`: people or places a deed is done
        // for or in are named by it.
        // `全省8个品种入选…`: nor does the whole place the clause speaks of.
        // `15所高职院校21个专业群入选…`: nor do the things a count of their parts follows.
        let opensClause = left.allSatisfy { Self.listSeparators.contains($0) || $0.isInlineSpace }
            || (["为", "向", "给", "在"] + Self.wholePlaces).contains(left.trimmingCharacters(in: .whitespaces))
            || previous.map {
                $0.match.span.upperBound == lowerBound && Self.countingUnits.contains(Self.withoutMagnitude($0.match.quantity.unit))
                    && (2...8).contains(left.count) && left.allSatisfy(\.isHan) && !Self.verbs.contains(where: left.containsLiterally)
                    && !left.contains("有")
            } == true
            || (left.hasSuffix("等") || left.contains("、")) && left.allSatisfy({ $0.isHan || "、《》“”".contains($0) })
            && !Self.verbs.contains(where: left.containsLiterally) && !Self.countedDeeds.contains(where: left.containsLiterally)
        if let following = followingNoun(after: match, in: characters, opensClause: opensClause) {
            let entry = indicator(in: following)?.entry
            // `新建70个博士创新站`, `新建6个国家级、20个省级临床重点专科`: a count of new things is no
            // count of all of them, whichever side of the number they are named on.
            if entry == nil, let deed = Self.deedOpeningList(before: match, in: characters), !following.hasPrefix(deed) {
                return Subject(text: deed + following, entry: nil, countsDeed: true)
            }
            // `解决6434万农村人口饮水安全问题`: a bare magnitude counts the people named first, and the
            // problem solved for them says which people.
            if entry == nil, Lexis.magnitudes.contains(match.quantity.unit), following.hasSuffix("问题"),
                let people = Self.peopleNames.compactMap({ following.literalRange(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }),
                people.upperBound < following.index(following.endIndex, offsetBy: -2),
                case let verb = String(Self.cleaned(left).drop { "又再还共".contains($0) }), verb.count == 2, verb.allSatisfy(\.isHan)
            {
                return Subject(text: verb + following[people.upperBound...] + "的" + following[..<people.upperBound], entry: nil)
            }
            // `育儿补贴政策惠及80余万名婴幼儿`, `改造老旧小区1万余个，惠及120万户居民`: people a policy
            // reaches are named by what reaches them, not counted as all of their kind.
            if entry == nil, let verb = Self.reachingVerbs.first(where: left.hasSuffix) {
                let named = Self.cleaned(String(left.dropLast(verb.count).drop { Self.listSeparators.contains($0) }))
                let reacher = named.isEmpty ? previous?.subject.text ?? Self.cleaned(Self.clauseBefore(clauseStart, in: characters)) : named
                if !reacher.isEmpty { return Subject(text: reacher + verb + "的" + following, entry: nil) }
            }
            // `晋电外送24个省份`, `两所大学3个学科跻身“双一流”`: a bare kind of thing is named by what
            // the clause says of it, after it or else before it.
            // `明月湖科创园8家企业亮相…`, `中资环5家二级公司有序展业`: an owner named right before the
            // count narrows things of any kind.
            if entry == nil, Self.countingUnits.contains(match.quantity.unit) || Self.lengthUnits.contains(match.quantity.unit),
                case let said = Self.cleaned(left),
                (2...14).contains(said.count), said.allSatisfy({ $0.isHan || "（）".contains($0) }), let last = said.last,
                !"和与及个的".contains(last),
                !Self.verbs.contains(where: said.hasPrefix),
                case let isOwner = Self.namesBody(said) && !Self.verbsAndDeeds.contains(where: said.containsLiterally),
                following.count <= 2 || isOwner || Self.placeKinds.contains(following)
            {
                let predicated = followingNoun(after: match, in: characters, opensClause: true) ?? following
                if predicated != following { return Subject(text: (isOwner ? said : "") + predicated, entry: nil) }
                return Subject(text: said + (following.count <= 2 && !said.hasSuffix("等") ? "的" : "") + following, entry: nil)
            }
            // `为退役军人提供5万个就业岗位`: things given to someone are named by whom they are for.
            if entry == nil, case let given = left.trimmingCharacters(in: .whitespaces), given.hasPrefix("为"), (4...14).contains(given.count),
                given.allSatisfy(\.isHan), Self.verbsTakingObjects.contains(where: { given.hasSuffix($0) && given.count > $0.count + 2 })
            {
                return Subject(text: given + "的" + following, entry: nil)
            }
            // `重大水利工程已开工的57个项目`: a clause closed by `的` before a count says which things
            // are counted.
            if entry == nil, left.hasSuffix("的"), case let which = String(Self.cleaned(String(left.dropLast())).drop { "使让".contains($0) }),
                (2...12).contains(which.count), which.allSatisfy(\.isHan)
            {
                return Subject(text: which + "的" + following, entry: nil)
            }
            return Subject(text: following, entry: entry)
        }
        // `…、和…`: a joiner left after the number before goes; one that opens a clause is a word's
        // (`和田地区`).
        let afterNumber = lowerBound > clauseStart
        let bare = String(left.drop { afterNumber && Self.listSeparators.contains($0) || $0.isInlineSpace })
        let cleaned = Self.cleaned(bare)
        // `养老助餐点覆盖九成以上城乡社区`, `低空经济集聚全国30%以上产业链企业`: a share of the things a
        // deed reaches or a whole holds, named after the number.
        if match.isShare, match.direction == nil, cleaned.count >= 2,
            Self.wordsBeforeShares.contains(where: cleaned.hasSuffix),
            let things = Self.thingsAfterShare(match, in: characters)
        {
            return Subject(text: cleaned + things + "占比", entry: nil)
        }
        // `安排重点项目105个，其中，工业类3个、城市建设类28个`: a kind after `其中` is a kind of the things
        // just counted.
        if let previous, cleaned.hasSuffix("类"), (3...8).contains(cleaned.count), cleaned.allSatisfy(\.isHan),
            String(characters[..<match.span.lowerBound]).contains("其中")
        {
            let earlier = previous.subject.text
            let head = earlier.lastIndex(of: "类").map { String(earlier[earlier.index(after: $0)...]) } ?? Self.withoutDeeds(earlier)
            if head.count >= 2 { return Subject(text: cleaned + head, entry: nil) }
        }
        // `赤字率拟按4%左右安排、比上年提高1个百分点`: a clause setting the number against an earlier time
        // goes on about the subject before it.
        // `全年地区生产总值完成192.3亿元，按可比价计算，同比增长6.0%`: so does a bare change on the
        // year before, after the basis it is reckoned on.
        if let previous, Self.comparisonWords.contains(where: { bare.hasPrefix($0) }) || bare == "同比" || bare == "比上年" {
            return previous.subject
        }
        if !cleaned.isEmpty {
            // `新增电力装机3000万千瓦，其中可再生能源装机2000万千瓦`: a part of the things made was made too.
            if let previous, bare.hasPrefix("其中"), case let deed = Self.leadingDeeds(of: previous.subject.text), !deed.isEmpty,
                !Self.countedDeeds.contains(where: cleaned.containsLiterally), !Self.verbs.contains(where: cleaned.containsLiterally), cleaned.allSatisfy(\.isHan)
            {
                return Subject(text: deed + cleaned, entry: nil, countsDeed: true)
            }
            // `扩围实施“以旧换新”政策，拉动消费285.6亿元`: what a clause opening on an effect brings about
            // is brought about by what the clause before, with no number of its own, works on.
            if Self.effectVerbs.contains(where: cleaned.hasPrefix), cleaned.count > 2, clauseStart > 0, characters[clauseStart - 1] == "，",
                previous.map({ $0.match.span.upperBound < Self.clauseStart(before: clauseStart - 1, in: characters) }) ?? true,
                case let before = Self.clauseBefore(clauseStart, in: characters), !before.contains(where: \.isNumber),
                // (Not the last of several deeds listed: `国家奖助学金提标扩面、助学贷款提额降息，惠及学生…`.)
                case let beforeStart = Self.clauseStart(before: clauseStart - 1, in: characters),
                beforeStart == 0 || characters[beforeStart - 1] != "、",
                let cause = Self.objectOf(before)
                    ?? Optional(before.filter { !"“”".contains($0) }).flatMap({ (2...10).contains($0.count) && $0.allSatisfy(\.isHan) ? $0 : nil })
            {
                return Subject(text: cause + cleaned, entry: nil)
            }
            // `发放…知识价值信用贷款1110亿元、惠及企业2.2万户`: what an item of a list brings about is
            // brought about by the things of the item before.
            if let previous, clauseStart > 0, characters[clauseStart - 1] == "、", previous.match.span.upperBound < clauseStart,
                cleaned.count > 2, Self.effectVerbs.contains(where: cleaned.hasPrefix),
                case let owner = Self.things(of: previous.subject.text), owner.count >= 2, previous.subject.entry == nil
            {
                return Subject(text: owner + cleaned, entry: nil)
            }
            // `铁路营业里程达到12.1万公里，其中高速铁路超过1.9万公里`: a part named after `其中` is a
            // kind of the whole just measured (`高速铁路` of `铁路`), measured as the whole is.
            if let previous, bare.hasPrefix("其中"), previous.subject.entry == nil,
                let kept = stride(from: min(cleaned.count, previous.subject.text.count - 1), through: 2, by: -1)
                    .first(where: { cleaned.count > $0 && cleaned.hasSuffix(previous.subject.text.prefix($0)) }),
                case let measure = previous.subject.text.dropFirst(kept), (Self.stockHeads + Self.headedEnds).contains(where: measure.hasSuffix)
            {
                return Subject(text: cleaned + measure, entry: nil)
            }
            // `新开工保障性安居工程740万套，基本建成511万套`: a clause that only says what was done goes on
            // about the things before, done to in its own way.
            // `新能源开工1600万千瓦、投产1000万千瓦`: the owner named before the first deed owns the next.
            if let previous, !previous.subject.text.isEmpty, Self.onlySaysWhatWasDone(cleaned) {
                let earlier = previous.subject.text
                if let deed = Self.deeds.first(where: { earlier.hasSuffix($0) && earlier.count > $0.count }) {
                    return Subject(text: String(earlier.dropLast(deed.count)) + cleaned, entry: nil)
                }
                return Subject(text: cleaned + Self.withoutDeeds(earlier), entry: nil)
            }
            // `辽宁实验室集聚科研人员1110人、实施自主科研项目88项`: an item of a list that opens on a
            // deed is done by the owner named before the first item's deed.
            if let previous, Self.followsInList(previous.match, clauseStart: clauseStart, in: characters),
                Self.ownerDeeds.contains(where: bare.hasPrefix), let owner = Self.ownerAndDeed(of: previous.subject.text)?.owner
                    ?? Self.ownerOfMeasure(previous.subject.text),
                !cleaned.hasPrefix(owner)
            {
                let named = owner + bare.filter { !"“”\"".contains($0) }
                return Subject(text: named, entry: indicator(in: named)?.entry)
            }
            // `外贸进出口总额…增长5.6%，其中出口增长10.8%`: a join naming the earlier measure again is no sibling.
            if let previous, let joined = elided(cleaned, after: previous.subject.text),
                joined.entry == nil || joined.entry?.id != previous.subject.entry?.id, !previous.subject.text.contains(joined.text)
            {
                return joined
            }
            // `城市轨道交通运营线路增至14条、运营里程超过580公里`: a measure opening on a word inside the
            // earlier item's name is of the owner named before that word.
            // `新增长护险参保人数1561万人，参保率达93%`: so is a bare rate opening the next clause, without
            // the earlier deed.
            if let previous, clauseStart > 0, characters[clauseStart - 1] == "、"
                || characters[clauseStart - 1] == "，" && cleaned.count == 3 && cleaned.hasSuffix("率")
                && Self.clauseStart(before: clauseStart - 1, in: characters) <= previous.match.span.lowerBound,
                (3...6).contains(cleaned.count), cleaned.allSatisfy(\.isHan), case let earlier = previous.subject.text,
                let word = earlier.literalRange(of: String(cleaned.prefix(2))),
                earlier.distance(from: earlier.startIndex, to: word.lowerBound) >= 2, !earlier.hasSuffix(cleaned),
                case let opensClause = characters[clauseStart - 1] == "，",
                case let owner = earlier[..<word.lowerBound].dropFirst(opensClause ? Self.leadingDeeds(of: earlier).count : 0),
                owner.count >= 2
            {
                let named = String(owner) + cleaned
                return Subject(text: named, entry: indicator(in: named)?.entry)
            }
            // `下调城镇职工基本养老保险单位缴费比例，各地可降至16%`: a clause naming only who may act
            // goes on about what the clause before works on.
            if cleaned.count <= 3, let last = cleaned.last, "可要应".contains(last), let object = Self.objectOf(Self.clauseBefore(clauseStart, in: characters)) {
                return Subject(text: object, entry: indicator(in: object)?.entry)
            }
            // `新登记注册企业增长21.6%，平均每天新增1.2万户`: a rate per day of the things before counts them.
            if let previous, !previous.subject.text.isEmpty, Self.timeRates.contains(cleaned) {
                return Subject(text: cleaned + previous.subject.text, entry: nil, countsDeed: true)
            }
            // `各类市场主体每天新增4.5万户`: the things counted per day, and what was done to them; a sum
            // per month or year is what a standard pays (`最低工资标准每月提高183元`).
            if let rate = Self.timeRates.first(where: { cleaned.hasSuffix($0) && cleaned.count > $0.count }) {
                if match.quantity.unit.hasSuffix("元") { return Subject(text: String(cleaned.dropLast(rate.count)), entry: nil) }
                // `新增` is read as the direction `增` after the `新` of the clause.
                let verbStart = match.span.lowerBound > 0 && characters[match.span.lowerBound - 1] == "新" ? match.span.lowerBound - 1 : match.span.lowerBound
                let verb = String(characters[verbStart..<match.numberSpan.lowerBound])
                let deed = Self.countedDeeds.first(where: verb.hasPrefix) ?? ""
                return Subject(text: rate + deed + cleaned.dropLast(rate.count), entry: nil, countsDeed: true)
            }
            // `淘汰落后炼钢炼铁产能9000多万吨、水泥2.3亿吨`: a short item of a list in the first
            // item's unit shares its head.
            if let previous, clauseStart > 0, characters[clauseStart - 1] == "、", previous.match.span.upperBound < clauseStart,
                cleaned.count <= 4, !match.isPercentage, !cleaned.hasPrefix("占"), !Self.verbs.contains(where: cleaned.hasPrefix),
                let last = cleaned.last, !"产量率额值数价".contains(last),
                Self.withoutMagnitude(previous.match.quantity.unit) == Self.withoutMagnitude(match.quantity.unit),
                let head = Self.sharedHeads.first(where: { previous.subject.text.hasSuffix($0) && previous.subject.text.count > $0.count }),
                !Self.sharedHeads.contains(where: cleaned.hasSuffix)
            {
                return Subject(text: cleaned + head, entry: nil)
            }
            // `建设项目142个、总投资1514亿元`, `达成投资项目1933个、总金额2.26万亿元`: a sum of money listed
            // right after a count of things is what they sum to.
            if let previous, clauseStart > 0, characters[clauseStart - 1] == "、", previous.match.span.upperBound < clauseStart,
                Self.countingUnits.contains(Self.withoutMagnitude(previous.match.quantity.unit)), match.quantity.unit.hasSuffix("元"),
                cleaned.count <= 6, cleaned.hasPrefix("总") || cleaned.hasSuffix("额") || cleaned.hasSuffix("投资"),
                previous.subject.entry == nil, !previous.subject.text.isEmpty
            {
                return Subject(text: previous.subject.text + cleaned, entry: nil)
            }
            // `净增涉税主体24.8万户、规上法人单位1302户`, `新增第四代移动通信用户3.4亿、光缆线路550多万
            // 公里`: an item of a list of amounts shares the deed the first item of the list opens with.
            // `软信产业“满天星”行动新增从业人员29.1万人、企业1.85万家`: with the owner before the deed.
            if let previous, Self.followsInList(previous.match, clauseStart: clauseStart, in: characters),
                let deed = Self.deedShared(by: previous.subject, with: cleaned), !Self.bareTotals.contains(cleaned),
                !Self.ownerDeeds.contains(where: cleaned.hasPrefix), !Self.verbs.contains(where: cleaned.hasPrefix),
                !match.isPercentage, !previous.match.isPercentage, indicator(in: cleaned) == nil,
                !Self.otherHeads.contains(where: cleaned.containsLiterally)
            {
                return Subject(text: deed + cleaned, entry: nil, countsDeed: true)
            }
            // `进一步规范和提升12345热线服务，满意率95.4%`: a bare rate is of what the clause before
            // works on.
            if previous == nil, cleaned.count <= 3, cleaned.hasSuffix("率"),
                let object = Self.objectOf(Self.clauseBefore(clauseStart, in: characters))
            {
                return Subject(text: object + cleaned, entry: nil)
            }
            // `转为增长8.5%`, `总量突破90万亿元`: a lone character or a bare total goes on about the
            // subject before it.
            // `新增运营里程30公里，总里程达909公里`: the total of the things just added is of all of them.
            if let previous, cleaned.hasPrefix("总"), cleaned.count >= 3,
                case let all = previous.subject.text.dropFirst(Self.leadingDeeds(of: previous.subject.text).count),
                all.hasSuffix(cleaned.dropFirst()), all.count > cleaned.count - 1
            {
                return Subject(text: String(all.dropLast(cleaned.count - 1)) + cleaned, entry: nil)
            }
            // `一般公共预算收入累计完成3.7万亿元，5年增长18.7%`: how long a change took names nothing.
            if let previous, cleaned.count == 1 || Self.bareTotals.contains(cleaned) || Self.isDuration(cleaned) {
                return previous.subject
            }
            // `非常规天然气产量突破200亿立方米、投资超120亿元`: a bare measure after another measure is
            // of the same owner.
            if let previous, case let named = Self.owned(cleaned, after: previous.subject.text), named != cleaned {
                return Subject(text: named, entry: indicator(in: named)?.entry)
            }
            // `上市公司达288家、总市值超8600亿元`, `实施1000个以上省重点项目，年度完成投资1万亿元`: a
            // measure of the things just counted is theirs.
            if let previous, let measure = Self.longestMeasure(endingOf: cleaned),
                Self.measureModifiers.contains(String(cleaned.dropLast(measure.count))), indicator(in: cleaned) == nil,
                ["家", "个", "项"].contains(Self.withoutMagnitude(previous.match.quantity.unit)), !previous.subject.text.isEmpty,
                !previous.match.isPercentage
            {
                return Subject(text: previous.subject.text + cleaned, entry: nil)
            }
            // `纳入白名单企业55万户、占全部企业2成以上`: a share of the thing just counted, in the whole
            // it is a share of (`占世界的60%以上` → `…占世界比重`).
            if let owner = previous?.subject.text ?? sharedOwner(before: clauseStart, in: characters), let share = Self.share(cleaned, ownedBy: owner) {
                return Subject(text: share, entry: nil)
            }
            // `拟连续几年发行超长期特别国债…，今年先发行1万亿元`: a verb alone (an adverb before it says it
            // is one: `投资增长5%` names investment) counts what an earlier clause of the sentence names
            // after the same verb.
            if case let verb = String(cleaned.drop { "先再还又共将拟".contains($0) }), verb.count == 2, cleaned.count > 2,
                verb.allSatisfy(\.isHan),
                let object = Self.object(of: verb, before: clauseStart, in: characters)
            {
                return Subject(text: object, entry: indicator(in: object)?.entry)
            }
            return Subject(text: Self.keepingNationalClass(cleaned, of: bare, unit: match.quantity.unit), entry: nil)
        }
        let earlierStart = Self.clauseStart(before: max(clauseStart - 1, 0), in: characters)
        if let previous, previous.match.span.upperBound > earlierStart {
            return previous.subject
        }
        guard clauseStart > 0 else { return Subject(text: "", entry: nil) }
        let earlier = Self.clauseBefore(clauseStart, in: characters)
        // `经济总量超过6万亿元，实现历史性晋位，年均增速5.7%`: a clause that opens on a verb has no
        // subject of its own; the sentence's last one goes on.
        if let previous, Self.predicateOpenings.contains(where: { earlier.hasPrefix($0) }) { return previous.subject }
        if let found = indicator(in: earlier) { return found }
        return Subject(text: Self.cleaned(earlier), entry: nil)
    }

    /// The words after the last `verb` before `end`, to the end of their clause: what it acts on.
    static func object(of verb: String, before end: Int, in characters: [Character]) -> String? {
        guard let found = String(characters[..<end]).lastLiteralRange(of: verb) else { return nil }
        let after = String(characters[..<end])[found.upperBound...].prefix { $0.isHan || $0 == "“" || $0 == "”" }
        let object = cleaned(String(after))
        return (2...16).contains(object.count) ? object : nil
    }

    /// `、智能工厂` of `200个智能车间、智能工厂，`: the nouns listed after `first` when each is of its
    /// kind (opens or closes on the same two characters: `智能…`, `…专项`), none has a number, and
    /// the list closes the clause; `nil` otherwise.
    static func nounsSharingCount(with first: String, from start: Int, in characters: [Character]) -> String? {
        var cursor = start
        var listed = ""
        while cursor < characters.count, characters[cursor] == "、" {
            let item = String(characters[(cursor + 1)...].prefix { $0.isHan })
            guard (2...10).contains(item.count), item.hasPrefix(first.prefix(2)) || item.hasSuffix(first.suffix(2)) else { return nil }
            listed += "、" + item
            cursor += 1 + item.count
        }
        guard !listed.isEmpty, cursor == characters.count || "，。；".contains(characters[cursor]) else { return nil }
        return listed
    }

    /// `经济总量连续跨过3个万亿元大关，占全国比重…`: with no number before it, a share is of the
    /// indicator the clause before names.
    func sharedOwner(before clauseStart: Int, in characters: [Character]) -> String? {
        indicator(in: Self.clauseBefore(clauseStart, in: characters))?.text
    }

    /// `占全部企业`, `占比` after `纳入白名单企业55万户、`: the share `owner` takes of the whole named
    /// (`纳入白名单企业占全部企业比重`); `nil` when `phrase` names no share or there is no owner.
    static func share(_ phrase: String, ownedBy owner: String) -> String? {
        guard phrase.hasPrefix("占"), !owner.isEmpty else { return nil }
        var whole = phrase.dropFirst()
        while whole.hasSuffix("的") { whole.removeLast() }
        let share = whole.isEmpty || whole == "比" ? "占比" : whole.hasSuffix("比重") ? "占" + whole : "占" + whole + "比重"
        return owner + share
    }

    /// `5年`, `三年`, `18个月`: a length of time and nothing else.
    /// `近3年`, `过去5年`: a span reckoned back from now is one too.
    static func isDuration(_ phrase: String) -> Bool {
        let length = phrase.drop { "近过去这".contains($0) }
        let amount = length.prefix { $0.isNumber || $0.chineseDigit != nil || $0 == "十" }
        return !amount.isEmpty && ["年", "个月"].contains(String(length.dropFirst(amount.count)))
    }

    /// What may stand before a measure of things without naming whose it is (`年度完成投资`).
    static let measureModifiers: Set<String> = ["", "年度", "全年", "完成", "年度完成", "全年完成", "经营", "营业", "总"]

    /// The longest measure of things `phrase` ends with (`营业总收入`, not `收入`), with words before
    /// it when `leavingAnOwner`: the set has no order, so the length decides.
    static func longestMeasure(endingOf phrase: String, leavingAnOwner: Bool = false) -> String? {
        measuresOfThings.filter { phrase.hasSuffix($0) && (!leavingAnOwner || phrase.count > $0.count) }
            .max { $0.count < $1.count }
    }

    /// How a level was reached (`提高到`, `缩减到`), longest first: the verbs of reaching of more than one
    /// character, and `提高为`.
    static let reachingWords = (Lexis.directions.filter { $0.1 == .reach && $0.0.count > 1 && $0.0 != "完成" }.map(\.0) + ["提高为", "上调到", "上调至"])
        .sorted { ($0.count, $0) > ($1.count, $1) }

    /// The word naming a sum spent, without the time or total it is told over (`五年累计投入` → `投入`),
    /// if `phrase` names only that.
    static func sumSpent(_ phrase: String) -> String? {
        var rest = Substring(phrase)
        while let word = ["五年", "当年", "全年", "年度", "累计", "共", "完成"].first(where: rest.hasPrefix), rest.count > word.count {
            rest = rest.dropFirst(word.count)
        }
        return moneyWords.contains(String(rest)) ? String(rest) : nil
    }

    /// Words naming a sum spent and nothing it is spent on.
    static let moneyWords: Set<String> = ["投资", "投入", "资金", "投入资金", "安排资金", "总投资", "计划投资"]

    /// Verbs of the work a sum is spent on, after the sum (`投资1.2亿元完成了…`, `，重点实施了…`).
    static let fundedDeeds = [
        "重点实施", "启动实施", "加快推进", "统筹推进", "实施", "完成", "推进", "建设", "建成", "新建", "用于", "办好", "支持", "启动", "对",
    ]

    /// The work the clause after a sum does (`实施俄罗斯风情精品街项目` → `俄罗斯风情精品街项目`), named
    /// without the counts and sizes in it, facts of their own (`完成1.8万户、189万平方米棚改任务` →
    /// `棚改任务`, `完成65条、总长度57.9公里的城市道路新建改造` → `城市道路新建改造`); `nil` where no deed
    /// follows the sum.
    func workFunded(after match: QuantityMatch, in characters: [Character]) -> String? {
        var start = match.span.upperBound
        if start < characters.count, "，,".contains(characters[start]) { start += 1 }
        guard let deed = Self.fundedDeeds.first(where: { characters[start...].starts(with: $0) }) else { return nil }
        start += deed.count
        if start < characters.count, characters[start] == "了" { start += 1 }
        var end = start
        while end < characters.count, !"，,。；;：:".contains(characters[end]) { end += 1 }
        var work = Array(characters[start..<end])
        // `对城区雨水管网进行全面改造`: the thing worked on, and the work done to it.
        if deed == "对", let doing = work.firstIndex(of: "进"), work[doing...].starts(with: "进行"), work.count >= doing + 4 {
            work = Array(work[..<doing] + work.suffix(2))
        }
        // What the counts and sizes before `的` describe is the work.
        if let particle = work.lastIndex(of: "的"), work[..<particle].contains(where: \.isNumber) { work.removeFirst(particle + 1) }
        for quantity in parser.quantities(in: String(work)).reversed() { work.removeSubrange(quantity.span) }
        var named = String(work.filter { !"“”\"".contains($0) }).trimmingCharacters(in: .whitespaces)
        while let first = named.first, "、和及与".contains(first) { named.removeFirst() }
        return (2...48).contains(named.count) && named.contains(where: \.isHan) ? Self.cleaned(named) : nil
    }

    /// How funds or projects come to a program (`落实资金27.3亿元`), which names no owner either.
    static let fundingVerbs: Set<String> = ["落实", "争取", "筹集", "投入", "安排", "统筹", "实施"]

    /// Measures that name no owner of their own.
    static let bareMeasures = measuresOfThings.union([
        "经济总量", "总量", "增量", "贡献率", "对经济增长贡献率", "吞吐量", "成交额", "成交金额", "意向成交金额", "营收规模",
        "资金", "项目",
    ])

    /// What a sentence opens on: its first clause up to the word that starts saying something of
    /// it (`国有企业效益明显好转` → `国有企业`, `成渝地区双城经济圈建设走深走实` → `成渝地区双城经济圈`);
    /// `nil` when no such word closes a name of two to twelve characters.
    static func topic(of characters: [Character]) -> String? {
        let first = String(characters[..<clauseEnd(after: 0, in: characters)])
        let ends = (topicEnds + predicateOpenings).compactMap { first.literalRange(of: $0)?.lowerBound }
        guard let end = ends.min() else { return nil }
        let topic = cleaned(String(first[..<end]))
        return (2...12).contains(topic.count) && topic.allSatisfy(\.isHan) ? topic : nil
    }

    /// The subject of an amount per head told right after `人均` (`年人均`, `月人均`): the words before it,
    /// or, where only a scope stands there (`城镇`, `农村`), the standard the sentence opens on in that
    /// scope; `nil` where no `人均` stands before the number.
    static func perHeadSubject(_ left: String, of match: QuantityMatch, in characters: [Character]) -> String? {
        // The cue's `均` may open the number's match (`均提高`), as it opens `均增长`.
        let whole = left + (characters[match.span.lowerBound] == "均" ? "均" : "")
        guard match.quantity.unit.hasSuffix("元"), whole.hasSuffix("人均"), let cue = whole.lastLiteralRange(of: "人均") else { return nil }
        var named = cleaned(String(whole[..<cue.lowerBound]))
        if let last = named.last, "年月".contains(last) { named.removeLast() }
        if named.count > 2 { return named }
        let opening = String(characters[..<listClauseEnd(after: 0, in: characters, within: 40)])
        let ends = (topicEnds + predicateOpenings + ["继续", "逐年", "再次", "进一步"] + Lexis.directions.map(\.0).filter { $0.count == 2 })
            .compactMap { opening.literalRange(of: $0)?.lowerBound }
        guard let end = ends.min(), case let standard = cleaned(String(opening[..<end])), standard.count >= 3,
            standard.allSatisfy({ $0.isHan || $0 == "、" }), standard != named
        else { return nil }
        guard !named.isEmpty else { return standard }
        return named + (standard.hasPrefix("城乡") ? String(standard.dropFirst(2)) : standard)
    }

    /// Words after which a sentence's opening goes on about its topic: its role, its progress, its
    /// area of work; or a verb of reaching a mark (`粮食总产再创历史新高`).
    static let topicEnds = [
        "支撑作用", "作用", "效益", "建设", "发展", "方面", "领域", "工作", "运行", "实力",
        // Adverbs and verbs of progress opening the predicate (`进口博览会圆满成功举办`, `产业提质扩量`).
        "圆满", "成功", "增量提质", "扩面提质", "扩容提质", "提质", "扩量", "加快", "加速", "持续", "不断", "稳步", "扎实",
        "深入", "显著", "明显", "大幅", "蓬勃",
    ]

    /// The noun right after a share (`号源`, `城乡社区`), up to the clause's end, if it is a short name.
    static func thingsAfterShare(_ match: QuantityMatch, in characters: [Character]) -> String? {
        let end = clauseEnd(after: match.span.upperBound, in: characters)
        let things = String(characters[match.span.upperBound..<end])
        guard (2...8).contains(things.count), things.allSatisfy(\.isHan), !things.hasPrefix("的"),
            !verbs.contains(where: things.containsLiterally), !milestoneNouns.contains(things)
        else { return nil }
        return things
    }

    /// The clause before the one starting at `clauseStart`, without the break between them.
    static func clauseBefore(_ clauseStart: Int, in characters: [Character]) -> String {
        guard clauseStart > 0 else { return "" }
        return String(characters[Self.clauseStart(before: clauseStart - 1, in: characters)..<(clauseStart - 1)])
    }

    /// What a clause works on: the words after its last verb (`进一步规范和提升12345热线服务` →
    /// `12345热线服务`), if they are a short name.
    static func objectOf(_ clause: String) -> String? {
        let verbEnds = verbsTakingObjects.compactMap { clause.lastLiteralRange(of: $0)?.upperBound }
        guard let end = verbEnds.max() else { return nil }
        let object = String(clause[end...]).filter { !"“”\"".contains($0) }
        return (2...16).contains(object.count) && object.allSatisfy({ $0.isHan || $0.isNumber || $0.isASCIILetter }) ? object : nil
    }

    /// The things a subject names, without the deed before them (`发放科技型企业知识价值信用贷款` →
    /// `科技型企业知识价值信用贷款`).
    static func things(of subject: String) -> String {
        objectOf(subject) ?? subject
    }

    /// Verbs of two characters or more that work on what follows them, and so end a clause's
    /// subject before its object.
    static let verbsTakingObjects = (verbs + countedDeeds + ["规范", "优化", "完善", "加强", "改善", "下调", "上调", "降低"]).filter {
        $0.count >= 2
    }

    /// Words of a count per time (`平均每天`, `日均`).
    /// Longest first: `平均每天` before the `每天` it ends with.
    static let timeRates = ["平均每天", "平均每年", "每天", "日均", "每年", "每月", "月均"]

    /// Verbs of what something brings about (`带动就业`, `惠及企业`).
    static let effectVerbs = ["带动", "拉动", "惠及", "撬动"]

    /// Verbs of helping something else along (`助力页岩油年产量突破…`).
    static let helpingVerbs = ["助力", "推动", "促进", "促使"]

    /// Verbs of a policy reaching people (`惠及`, `覆盖`).
    static let reachingVerbs = ["惠及", "覆盖"]

    /// Words a share of the things after it may follow: a verb reaching them (`覆盖九成以上城乡社区`)
    /// or a whole holding them (`集聚全国30%以上产业链企业`).
    static let wordsBeforeShares = verbsTakingObjects + reachingVerbs + wholePlaces

    /// `地方国企资产总额增长116.2%，营业总收入、利润总额分别增长…`: a bare measure of firms takes
    /// the owner of the measure named before it in the sentence.
    static func owned(_ name: String, after earlier: String?) -> String {
        guard measuresOfThings.contains(name), let earlier, let measure = longestMeasure(endingOf: earlier, leavingAnOwner: true)
        else { return name }
        return String(earlier.dropLast(measure.count)) + name
    }

    /// `完成燃气、排水、供水管网改造9436公里`: short names listed before the clause with `、` share
    /// its number, and start its subject.
    static func listStart(before clauseStart: Int, in characters: [Character]) -> Int {
        var start = clauseStart
        // `改造城市供排水、燃气、供热等管网600公里`: a list of kinds closed by `等` and the head they
        // share names what is counted, and its first item may be long and hold the deed.
        let clause = characters[clauseStart..<clauseEnd(after: clauseStart, in: characters)]
        let closed = clause.indices.contains { clause[$0] == "等" && $0 + 1 < clause.endIndex && clause[$0 + 1].isHan }
        while start > 1, characters[start - 1] == "、" {
            let itemStart = Self.clauseStart(before: start - 1, in: characters)
            let item = characters[itemStart..<(start - 1)]
            // `要淘汰、停建、缓建煤电产能`: a list of verbs names nothing.
            // `“港车北上”、“澳车北上”、“粤车南下”累计832万辆次`: quoted names too.
            guard (1...(closed ? 12 : 6)).contains(item.count(where: \.isHan)), item.allSatisfy({ $0.isHan || "“”".contains($0) }),
                !cleaned(String(item)).isEmpty
            else { break }
            start = itemStart
        }
        return start
    }

    /// An English number's subject: an indicator named around it; else the noun phrase after it
    /// (`a 5.6-percent decline in sulfur dioxide emissions`, `5.5 million kilometers of optical fiber
    /// cables`, `13.14 million new urban jobs`); else the phrase before its verb (`The M2 money supply
    /// increased by`); a clause that only restates the change goes on about the subject before it.
    func englishSubject(
        of match: QuantityMatch, in characters: [Character], left: String,
        after previous: (match: QuantityMatch, subject: Subject)?
    ) -> Subject {
        if let found = indicatorAfter(match, in: characters) ?? indicator(in: left) { return found }
        // English words are longer than Han characters: a clause may hold twice as many letters.
        let end = Self.clauseEnd(after: match.span.upperBound, in: characters, limit: 160)
        var rest = String(characters[match.span.upperBound..<end])
        // A clause cut at the look-ahead's bound ends on its last whole word.
        if end < characters.count, !Self.breaksClause(at: end, in: characters), let space = rest.lastIndex(of: " ") {
            rest = String(rest[..<space])
        }
        let verbBefore = (match.directionWord ?? left).split(separator: " ").last.map { $0.lowercased() }
        let unit = match.quantity.unit
        let isSum = unit.hasSuffix("yuan") || Lexis.currencies.values.contains(where: unit.hasSuffix)
        if let phrase = EnglishNounPhrase.after(
            rest, isPercentage: unit == "%" || unit == "percentage points", isSum: isSum, verbBefore: verbBefore
        ) {
            // `over 4% of GDP`: a share of an indicator is no figure of it.
            let found = indicator(in: phrase)
            let isShare = (unit == "%" || unit == "percentage points") && rest.lowercased().starts(with: " of ")
            if found == nil || !isShare {
                // `cover over 85 percent of prefectural-level cities`: a share of things is counted too.
                // `China utilized US$126.3 billion of overseas investment`: so is a sum of things.
                let isCounted = (!isSum || rest.lowercased().starts(with: " of ")) && (unit != "%" || rest.lowercased().starts(with: " of "))
                    && unit != "percentage points"
                let named = EnglishNounPhrase.receiving(phrase, verb: verbBefore, clause: left)
                    ?? (isCounted && match.direction == nil && found == nil
                        ? EnglishNounPhrase.done(phrase, verb: verbBefore, clause: left, rest: rest) : nil) ?? phrase
                // `to $640 for Anchor Operators and $680 for …`: a sum whose subject was only its class names no thing.
                let thingBefore = previous.flatMap { previous in
                    String(characters[previous.match.span.upperBound..<match.span.lowerBound]).lowercased()
                        .contains("for " + previous.subject.text.lowercased()) ? nil : previous.subject.text
                }
                if isSum || unit == "%", found == nil, let set = Self.setFor(phrase, rest: rest, left: left, previous: thingBefore) {
                    return Subject(text: set, entry: nil)
                }
                // `$8,000 in tax relief for her first child`: whom the sum is for narrows what it is in.
                if isSum, found == nil, named == phrase, case let written = rest.trimmingCharacters(in: .whitespaces),
                    written.lowercased().hasPrefix("in " + phrase.lowercased() + " for "),
                    let scope = EnglishNounPhrase.opening(String(written.dropFirst(phrase.count + 8)))
                {
                    return Subject(text: phrase + " for " + scope, entry: nil)
                }
                return Subject(text: named, entry: found?.entry)
            }
        }
        // `by over 10 million, including 3.4 million to be relocated from inhospitable areas`: a part of
        // the things before, named by what will be done to it.
        if let previous, !previous.subject.text.isEmpty, let done = EnglishNounPhrase.toBeDone(rest) {
            return Subject(text: previous.subject.text + " " + done, entry: nil)
        }
        if let band = EnglishNounPhrase.band(
            in: String(characters[Self.clauseStart(before: match.span.lowerBound, in: characters)..<match.span.lowerBound]),
            previous: previous?.subject.text)
        {
            return Subject(text: band, entry: nil)
        }
        let bare = String(left.drop { Self.listSeparators.contains($0) || $0.isInlineSpace })
        if let previous, Self.onlyRestatesChange(Self.englishTail(bare)) { return previous.subject }
        // `increase the CPF Housing Grant by $30,000 for … and by $10,000 for …`: a second `by` goes on
        // about the same thing.
        if let previous, Self.followsAnotherBy(match, in: characters) {
            return previous.subject
        }
        // `open to traffic exceeded 120,000 kilometers`: a bound that is a verb is the clause's own.
        let lead = String(characters[match.span.lowerBound..<match.numberSpan.lowerBound]).lowercased().split(separator: " ")
        let takesNumber = !lead.contains { $0.hasSuffix("ed") || $0.hasSuffix("ing") || $0.hasPrefix("exceed") }
        // `The M2 money supply increased by 11.3 percent, below our projected target of around 13 percent`:
        // a target named after an outcome is the target of what the outcome is of.
        if let previous, Self.namesEnglishTarget(match, in: characters) { return previous.subject }
        if let phrase = EnglishNounPhrase.before(left, takesNumber: takesNumber) {
            // `steel production capacity was cut by 65 million metric tons and coal by 290 million`: an
            // item without a verb of its own shares the head of the item before.
            let gapped = bare.lowercased().split(separator: " ")
            if let previous, gapped.first == "and", gapped.contains("by"), !phrase.contains(" "),
                case let earlier = previous.subject.text.split(separator: " "), earlier.count > 1,
                !earlier.contains(where: { ["of", "in", "for", "on", "per", "to", "by"].contains($0.lowercased()) })
            {
                return Subject(text: ([Substring(phrase)] + earlier.dropFirst()).joined(separator: " "), entry: nil)
            }
            return Subject(text: phrase, entry: nil)
        }
        if let previous { return previous.subject }
        // `China’s market entities, all types included, now total`: the clause before, or the one
        // before that when the nearer is an aside.
        var clauseStart = Self.clauseStart(before: match.span.lowerBound, in: characters)
        while clauseStart > 0 {
            let earlierStart = Self.clauseStart(before: clauseStart - 1, in: characters)
            let earlier = String(characters[earlierStart..<(clauseStart - 1)])
            if !EnglishNounPhrase.isAside(earlier) {
                return Subject(text: EnglishNounPhrase.isAdverbial(earlier) ? "" : EnglishNounPhrase.opening(earlier) ?? "", entry: nil)
            }
            clauseStart = earlierStart
        }
        return Subject(text: "", entry: nil)
    }

    /// `The fees will be capped at $610 for Anchor Operator centres and $650 for Partner Operator centres`,
    /// `to $4,000 for the first child`, `a training allowance of up to $3,000 per month for selected full-time
    /// courses`: a sum a verb of being or setting, or a noun's `of`, leads to is the level of the thing
    /// before it, set for the class its `for` names (`fees for Anchor Operator centres`); the next sum
    /// of a list of them goes on about the same thing. After other verbs (`allocate $1 billion for`) `for` names a purpose.
    static func setFor(_ phrase: String, rest: String, left: String, previous: String?) -> String? {
        let after = rest.lowercased().split(separator: " ").map { String($0.trimmingPunctuation) }
        guard let forIndex = after.prefix(4).firstIndex(of: "for"),
            after[..<forIndex].allSatisfy({ ["per", "a", "an", "year", "month", "week", "each", "annually", "monthly"].contains($0) })
        else { return nil }
        let lead = left.lowercased().split(separator: " ").map { String($0.trimmingPunctuation) }.filter { !$0.isEmpty }
        let thing: String?
        if let verb = lead.last, ["at", "to", "be", "is", "are", "was", "were", "of"].contains(verb) {
            thing = lead.count > 1 ? EnglishNounPhrase.before(left) : previous
        } else if lead.isEmpty || lead.last == "and", let previous {
            thing = previous
        } else {
            return nil
        }
        guard let head = thing?.components(separatedBy: " for ").first, !head.isEmpty, head != phrase else { return nil }
        return head + " for " + phrase
    }

    /// `A drop of around 3 percent in energy consumption per unit of GDP`, `11 million new urban
    /// jobs`: English may name the indicator after the number, in an `in …` phrase of the same
    /// clause or as the noun counted.
    func indicatorAfter(_ match: QuantityMatch, in characters: [Character]) -> Subject? {
        let rest = String(characters[match.span.upperBound..<Self.clauseEnd(after: match.span.upperBound, in: characters)])
        let trimmed = rest.trimmingCharacters(in: .whitespaces)
        if trimmed.lowercased().hasPrefix("in "), let found = indicator(in: rest) { return found }
        // `Over 11 million new urban jobs`: the counted noun names the indicator.
        guard let found = lexicon.match(in: trimmed),
            trimmed.prefix(found.range.lowerBound).split(separator: " ").allSatisfy({
                !Self.englishStopWords.contains($0.lowercased())
            }),
            trimmed.prefix(found.range.lowerBound).split(separator: " ").count <= 1
        else { return nil }
        return Subject(text: found.name, entry: found.entry)
    }

    /// `representing an increase`: words that only say the number is a change of what came before.
    static func onlyRestatesChange(_ phrase: String) -> Bool {
        let words = phrase.lowercased().split(separator: " ").map(String.init)
        let restating: Set<String> = [
            "representing", "an", "a", "increase", "growth", "rise", "up", "which", "was", "is", "year-on-year", "average",
            "annual", "annually", "rate", "registering", "recording", "posting", "achieving",
            // `the previous year's negative growth`: a time and a sign restate it too.
            "previous", "year's", "year’s", "negative",
        ]
        return !words.isEmpty && words.allSatisfy { restating.contains($0) }
    }

    /// A list item that leaves out the modifier it shares with the item before
    /// (`粮食播种面积3320万亩、产量1285万吨`, `规模以上工业企业达7.6万家、增加值增长3%`): the
    /// indicator named by a leading part of the earlier item and this one, if the lexicon has it.
    func elided(_ head: String, after earlier: String) -> Subject? {
        guard head.count <= 4, earlier.count > 1 else { return nil }
        for length in stride(from: earlier.count, through: 2, by: -1) {
            let joined = String(earlier.prefix(length)) + head
            if let found = lexicon.match(in: joined), found.range == 0..<joined.count {
                return Subject(text: found.name, entry: found.entry)
            }
        }
        return nil
    }

    /// The indicator named in `phrase`, unless the name only qualifies another head
    /// (`对全球经济增长的贡献率`, `经济总量超千亿元的县域`) or is narrowed to a part of the whole (`工业类开发区规上工业增加值`).
    func indicator(in phrase: String) -> Subject? {
        guard let found = lexicon.match(in: phrase) else { return nil }
        let rest = phrase[phrase.index(phrase.startIndex, offsetBy: found.range.upperBound)...]
        if found.entry.measure != .rate, Self.otherHeads.contains(where: { rest.contains($0) }) { return nil }
        // `进出口加工总值`: words and a total of their own after the name make it a kind of another total.
        let tail = rest.trimmingCharacters(in: .whitespaces)
        if let total = ["总值", "总额"].first(where: tail.hasSuffix), tail.count > total.count, tail.allSatisfy(\.isHan) {
            return nil
        }
        // `经济总量超千亿元的县域达12个`: the name qualifies the noun after `的`, which is counted.
        if let particle = rest.firstIndex(of: "的"), rest[rest.index(after: particle)...].contains(where: \.isHan) { return nil }
        // `超长期特别国债、专项债、中央预算内等资金`: one kind of a list closed by `等` is no total of them.
        if rest.contains("、"), rest.contains("等") { return nil }
        let before = String(phrase.prefix(found.range.lowerBound)).trimmingCharacters(in: .whitespaces)
        let loweredBefore = before.lowercased()
        if Self.englishOtherHeads.contains(where: { loweredBefore.contains($0) }) { return nil }
        // `a central government deficit`, `Online retail sales`: a part of the whole the name is of.
        if let word = loweredBefore.split(separator: " ").last, Self.englishNarrowingWords.contains(String(word)) { return nil }
        // `the projected deficit of the central government`: so does a part named in its `of` complement.
        let complement = rest.lowercased().split(separator: " ").prefix(3)
        if complement.first == "of", complement.dropFirst().contains(where: { Self.englishNarrowingWords.contains(String($0)) }) {
            return nil
        }
        // (`2015年城镇常住居民人均可支配收入`: a year before the name narrows nothing.)
        if let last = before.last, last.isHan, !Self.wholeScopeEndings.contains(where: { before.hasSuffix($0) }),
            Array(before).yearPhraseLength(endingAt: before.count) != before.count
        {
            return nil
        }
        // `新增高标准农田8000万亩`: an amount of new things is no amount of all of them; the name says so
        // (and lends the deed to the items listed after it).
        let deed = before.hasSuffix("新增") && !found.name.contains("新增") ? "新增" : ""
        // `地级及以上城市细颗粒物平均浓度`: the cities an indicator is measured over are its usual scope,
        // which keeps it, but a reader needs to see them.
        let cities = before.hasSuffix("城市") ? String(before.reversed().prefix { $0.isHan }.reversed()) : ""
        return Subject(
            text: cities + deed + found.name, entry: found.entry,
            isFall: Self.fallWords.contains { before.lowercased().hasSuffix($0) } || Self.cutsThrough(before)
        )
    }

    /// `cut the federal deficit $3 trillion more`: an English verb of cutting before the name's article
    /// and one word qualifying it.
    static func cutsThrough(_ before: String) -> Bool {
        let words = before.lowercased().split(separator: " ").suffix(3).map(String.init)
        guard let verb = words.lastIndex(where: { ["cut", "reduce", "lower", "slash"].contains($0) }) else { return false }
        let between = words[(verb + 1)...]
        return between.isEmpty || ["the", "our", "its", "their"].contains(between.first ?? "")
    }

    /// Words before an indicator's name that make the number after it a fall.
    static let fallWords = ["减少", "降低", "下降", "压减", "reduce", "cut"]

    /// The noun right after a count (`个精品示范村`), cut before the verb that follows it; after a
    /// share only where the share opens its clause (`70%村卫生室实现…`): elsewhere a share relates
    /// to what the clause names before it.
    func followingNoun(after match: QuantityMatch, in characters: [Character], opensClause: Bool) -> String? {
        guard opensClause || !match.isPercentage && !Self.ratioUnits.contains(match.quantity.unit) else { return nil }
        var cursor = match.span.upperBound
        while cursor < characters.count, characters[cursor].isInlineSpace, cursor - match.span.upperBound < 3 {
            cursor += 1
        }
        // `71%的煤电机组实现超低排放`: a share opening its clause is a share of the things after `的`.
        if cursor < characters.count,
            characters[cursor] == "“" || (characters[cursor] == "的" && (match.quantity.unit == "个" || opensClause && match.isPercentage))
        {
            cursor += 1
        }
        // `2.5万套（间）城市危旧房`: a gloss on the unit stands before the noun.
        if let close = Self.closingBracket(from: cursor, in: characters) { cursor = close + 1 }
        // `96户177人建档立卡贫困人口`, `21批173项制度集成创新案例`, `8条、12.3公里道路`: a number with a
        // unit of its own right after a count (or after `、`, in another unit) measures the same things
        // another way; the noun after both names them.
        let other = cursor < characters.count && characters[cursor] == "、" ? cursor + 1 : cursor
        if let (length, unit) = Self.quantity(at: other, in: characters),
            other == cursor || Self.withoutMagnitude(unit) != Self.withoutMagnitude(match.quantity.unit)
        {
            cursor = other + length
            if Self.verbs.contains(where: { characters[cursor...].starts(with: $0) }) { return nil }
        }
        guard cursor < characters.count, characters[cursor].isHan || characters[cursor].digitValue != nil,
            characters[cursor] != "的", !Self.listSeparators.contains(characters[cursor]) || Self.opensWord(at: cursor, in: characters)
        else { return nil }
        /// Han and Latin letters; digits only in a leading number (`80岁以上老年人`, not `联产25万吨`);
        /// quotation marks inside a name (`123个“粤字号”农业区域公用品牌`).
        func continuesNoun(_ index: Int) -> Bool {
            let character = characters[index]
            if character.isHan || character.isASCIILetter { return true }
            if character == "“" || character == "”" { return index > cursor && index + 1 < characters.count && characters[index + 1].isHan }
            // `38家国家级5G工厂`: a digit joined to a letter is a name's.
            return character.digitValue != nil
                && (index == cursor || characters[index - 1].digitValue != nil
                    || index + 1 < characters.count && characters[index + 1].isASCIILetter)
        }
        var end = cursor
        while end < characters.count, end - cursor < 16 {
            // `县（市、区）`: a gloss in brackets belongs to the noun and closes it.
            if end > cursor, let close = Self.closingBracket(from: end, in: characters) {
                end = close + 1
                break
            }
            guard continuesNoun(end) else { break }
            end += 1
        }
        var noun = String(characters[cursor..<end].filter { $0 != "“" && $0 != "”" })
        // `19公里城市道路等改扩建工程顺利完工`: the last item of a list of works ends at its `等`.
        if let etc = Self.worksListEtc(in: noun[...]) { noun = String(noun[..<etc]) }
        // `13个县被命名为…`, `16个区均被评为…`: a passive ends the noun, however short.
        if let passive = noun.firstIndex(of: "被"), passive > noun.startIndex {
            var head = noun[..<passive]
            while head.count > 1, let last = head.last, Self.trailingAdverbs.contains(last) { head.removeLast() }
            return opensClause ? Self.predicated(String(head), at: cursor, of: match, in: characters) : String(head)
        }
        // `设置了`: a particle of aspect ends the verb of two characters before it, and the noun before
        // that; or a verb of one (`100万新就业群体有了职业伤害保障`: having, reaching, becoming).
        if let particle = noun.firstIndex(of: "了") {
            noun = String(noun[..<particle])
            let verb = noun.last.map { "有到成".contains($0) } == true ? 1 : 2
            noun = noun.count > verb ? String(noun.dropLast(verb)) : ""
        }
        // `8000多万农业转移人口成为城镇居民`: the noun ends where the first verb begins (`成为`, not
        // the `为` inside it).
        // `20.3亿元以旧换新补贴拉动消费215亿元`: so does a verb of an effect.
        // `21个薄弱电网县域可靠性提升项目`: a verb a work's head follows names the work.
        let cuts = (Self.verbs + Self.effectVerbs).compactMap { verb -> String.Index? in
            guard let range = noun.literalRange(of: verb), noun.distance(from: noun.startIndex, to: range.lowerBound) >= 2,
                !Self.wordsHoldingVerbs.contains(where: { word in noun.literalRange(of: word).map { $0.overlaps(range) } ?? false }),
                !Self.workHeads.contains(where: noun[range.upperBound...].hasPrefix)
            else { return nil }
            return range.lowerBound
        }
        if let cut = cuts.min() { noun = String(noun[..<cut]) }
        while let last = noun.last, Self.trailingAdverbs.contains(last) { noun.removeLast() }
        // `13项辅助生殖技术项目首次纳入医保报销`: an adverb of time before the verb is no part of the noun.
        // `7家国家区域医疗中心基本建成`, `4条高速提前建成通车`: so is one of how far or how early.
        if let adverb = ["首次", "率先", "基本", "提前"].first(where: { noun.hasSuffix($0) && noun.count > $0.count + 1 }) {
            noun.removeLast(adverb.count)
        }
        // `推进21个先行片区、200个样板村、2000个补短村建设`, `实施3000个老旧小区改造`: the work named
        // after the things counted is what was done to them, for every item of the list it closes.
        let joined = noun.last.map { "和与及".contains($0) } == true
        if let kindWork = Self.workOfListKind(from: cursor + noun.count - (joined ? 1 : 0), in: characters), !noun.hasSuffix(kindWork) {
            noun = joined ? noun.dropLast() + kindWork + noun.suffix(1) : noun + kindWork
        }
        var work: String?
        if Self.countingUnits.contains(match.quantity.unit) {
            work = Self.worksOnThings.first(where: { noun.hasSuffix($0) && noun.count > $0.count + 1 })
            if let work { noun.removeLast(work.count) }
            work = work ?? Self.workClosingList(from: cursor + noun.count, in: characters)
            // `实施36个老旧小区的既有建筑节能改造`: the work after `的` is what was done to them;
            // `建成4座现代化的垃圾中转站`: a modifier of kind (`…化`, `…型`) before `的` qualifies the head
            // after it, to the clause's end.
            if work == nil, case let particle = cursor + noun.count, particle < characters.count, characters[particle] == "的" {
                let tail = String(characters[(particle + 1)...].prefix { $0.isHan }.prefix(14))
                let tailEnd = particle + 1 + tail.count
                if let done = Self.worksOnThings.first(where: tail.hasSuffix), tail.count > done.count,
                    !Self.verbs.contains(where: tail.dropLast(done.count).containsLiterally)
                {
                    work = tail + "的"
                } else if let last = noun.last, "化型式性级类".contains(last), noun.count <= 4, (2...10).contains(tail.count),
                    tailEnd == characters.count || "，。；".contains(characters[tailEnd]), !Self.verbs.contains(where: tail.containsLiterally)
                {
                    noun += tail
                }
            }
        }
        // `3个万亿级和7个千亿级产业集群`, `6个国家级、20个省级临床重点专科`: a modifier joined to the
        // next count shares its head.
        let joinsNext =
            noun.last.map { "和与及或".contains($0) } == true || cursor + noun.count < characters.count && characters[cursor + noun.count] == "、"
        if joinsNext {
            if noun.last.map({ "和与及或".contains($0) }) == true { noun.removeLast() }
            if noun.last.map({ "级型类性式".contains($0) }) == true || Self.classEnd(of: noun) == noun.endIndex, end < characters.count,
                let next = parser.quantities(in: String(characters[end...])).first,
                let nextNoun = followingNoun(after: next, in: Array(characters[end...]), opensClause: false),
                let nextModifierEnd = Self.classEnd(of: nextNoun), nextModifierEnd < nextNoun.endIndex
            {
                noun += nextNoun[nextModifierEnd...]
            }
        }
        // `20000名视力、听力、肢体、智力等残疾儿童`, `40个吸引力强、带动面广的消费新场景`: kinds
        // listed up to `等` or `的` qualify the head after them, which is what is counted.
        if cursor + noun.count < characters.count, characters[cursor + noun.count] == "、",
            let head = Self.headAfterKinds(from: cursor + noun.count, in: characters)
        {
            noun = head
        } else if let others = Self.nounsSharingCount(with: noun, from: cursor + noun.count, in: characters) {
            // `新建200个智能车间、智能工厂，`: nouns of a kind listed with no number of their own to the
            // clause's end are counted together.
            noun += others
        }
        // `裁减军队员额30万任务`: a count of a task is the size of what the task does.
        if Self.taskNouns.contains(noun) { return nil }
        // `4000余万人次参与`: a verb after the count is no name for it; `两个台阶`, `“100”` count
        // or restate the numbers themselves.
        if Self.verbs.contains(noun) || noun.count < 2 || !noun.contains(where: \.isHan) { return nil }
        // `3897个并有序向各年龄段开放`: a conjunction after the count goes on about what came before.
        if let first = noun.first, "并且又还".contains(first) { return nil }
        // `95%以上实行备案管理`: a share that a verb follows is a share of what came before.
        if opensClause, Self.verbs.contains(where: { noun.hasPrefix($0) }) { return nil }
        // `两个台阶`, `三大攻坚战` count again; a class (`4个一类创新药`) names the things.
        let counted = Array(noun.prefix(2))
        if counted.count == 2, "一两二三四五六七八九十".contains(counted[0]), "个大项类批条种家".contains(counted[1]),
            counted[1] != "类" || noun.count <= 3
        {
            return nil
        }
        // `迈上1000亿斤新台阶`: a milestone, new or great, restates the number.
        if Self.milestoneNouns.contains(noun)
            || Self.milestoneNouns.contains(where: { $0.count > 1 && noun.hasSuffix($0) && noun.count == $0.count + 1 })
        {
            return nil
        }
        let named = opensClause ? Self.predicated(noun, at: cursor, of: match, in: characters) : noun
        // `89.4%的公园实现24小时开放`, `八成以上财政资金用于民生`: a share of the things the predicate is
        // said of.
        return named == noun ? (work ?? "") + noun : match.isShare ? named + "占比" : named
    }

    /// The length of a number and its unit at `index` (`177人`, `15公里`), and the unit, if one stands
    /// there; a number naming a kind (`80岁以上老年人`, `30亿元以上项目`, `亿元级`) is none.
    static func quantity(at index: Int, in characters: [Character]) -> (length: Int, unit: String)? {
        var end = index
        while end < characters.count, characters[end].isASCII && (characters[end].isNumber || characters[end] == ".") { end += 1 }
        guard end > index else { return nil }
        if end < characters.count, "万亿".contains(characters[end]) { end += 1 }
        guard let unit = Lexis.units.first(where: { characters[end...].starts(with: $0) }),
            !["以上", "以下", "级"].contains(where: { characters[(end + unit.count)...].starts(with: $0) })
        else { return nil }
        return (end - index + unit.count, unit)
    }

    /// `打造150个和美乡村`: a joiner right after a count, with no number after it, opens a word (a
    /// count is joined to another count: `3个和5个`, `6个国家级和20个省级`).
    static func opensWord(at index: Int, in characters: [Character]) -> Bool {
        guard characters[index] == "和", index + 2 < characters.count, characters[index + 1].isHan else { return false }
        let clause = characters[(index + 1)..<clauseEnd(after: index, in: characters)]
        return !clause.contains(where: \.isNumber)
    }

    /// Where a class of size that opens `noun` ends: after its `级`, `型`, `类`, `性` or `式`
    /// (`千亿级产业集群`), or after the amount cleared (`过千亿新兴产业`); `nil` where none opens it.
    static func classEnd(of noun: String) -> String.Index? {
        if let mark = noun.firstIndex(where: { "级型类性式".contains($0) }) { return noun.index(after: mark) }
        guard let bar = noun.first, "过超".contains(bar) else { return nil }
        let amount = noun.dropFirst().prefix { $0.chineseDigit != nil || $0.digitValue != nil || "十百千万亿元".contains($0) }
        return amount.count >= 2 ? amount.endIndex : nil
    }

    /// The work named at the end of a list of counts whose item ends at `start`
    /// (`、120个老旧街区（厂区）改造` → `改造`), or right after it.
    static func workClosingList(from start: Int, in characters: [Character]) -> String? {
        guard start < characters.count else { return nil }
        let rest = String(characters[start..<listClauseEnd(after: start, in: characters, within: 60)])
        guard let work = worksOnThings.first(where: rest.hasSuffix) else { return nil }
        if rest == work { return work }
        let items = rest.dropLast(work.count).split(separator: "、", omittingEmptySubsequences: false)
        guard rest.first == "、", items.count >= 2, items.dropFirst().allSatisfy({ $0.first?.isNumber == true }) else { return nil }
        return work
    }

    /// Where `等` closes a list whose kind names works (`城市道路等改扩建工程`, `节水灌溉等工程建设`,
    /// `起步区路网等配套设施`) in `text`, the name of its last item before it; `nil` for a `等` in a
    /// word (`高等院校`, `三等功`) or one that closes kinds of a thing counted (`视力等残疾儿童`).
    static func worksListEtc(in text: Substring) -> String.Index? {
        guard let etc = text.firstIndex(of: "等"), text.distance(from: text.startIndex, to: etc) >= 2,
            !"高中初平同对相均优特上下次超一二三四五".contains(text[text.index(before: etc)])
        else { return nil }
        let kind = text[text.index(after: etc)...].prefix { $0.isHan }
        guard let first = kind.first, !"级奖功待同于价".contains(first),
            worksKinds.contains(where: { kind.containsLiterally($0) })
        else { return nil }
        return etc
    }

    /// Kinds of works a list of things built or improved is closed by (`等改扩建工程`).
    static let worksKinds = ["工程", "项目", "设施"]

    /// `11公里污水管网、…和19公里城市道路等改扩建工程顺利完工`, `6条城市道路、…60个小区等城区绿化工程`:
    /// the work a list of counts closed by `等` names in its kind is what was done to each item
    /// (the item ends at `start`); `nil` where the kind names no work (`等民生工程`, `等工程建设`).
    static func workOfListKind(from start: Int, in characters: [Character]) -> String? {
        let end = listClauseEnd(after: start, in: characters, within: 60)
        guard start < end, let etc = characters[start..<end].firstIndex(of: "等"),
            worksListEtc(in: Substring(String(characters[max(0, etc - 2)..<end]))) != nil
        else { return nil }
        let items = characters[start..<etc]
        if let first = items.first {
            guard "、和".contains(first),
                items.dropFirst().split(whereSeparator: { "、和".contains($0) }).allSatisfy({ $0.first?.isNumber == true })
            else { return nil }
        }
        let kind = String(characters[(etc + 1)..<end].prefix { $0.isHan })
        guard let worksKind = worksKinds.compactMap({ kind.literalRange(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) else { return nil }
        let named = kind[..<worksKind.lowerBound]
        return listWorks.first(where: { named.hasSuffix($0) })
    }

    /// Works done to each thing of a list (`改扩建`, `绿化`), longest first.
    static let listWorks = ["改扩建", "改建", "扩建", "新建", "绿化", "亮化", "硬化", "美化", "改造", "整治", "治理", "修缮", "维修"]

    /// The noun after the `等` or `的` that closes a list of kinds starting at `start`
    /// (`、听力、肢体等残疾儿童`, `吸引力强、带动面广的消费新场景`), cut before a verb; `nil` where
    /// no such list runs on in the clause.
    static func headAfterKinds(from start: Int, in characters: [Character]) -> String? {
        var index = start
        while index < characters.count, index - start < 40, characters[index] != "等", characters[index] != "的" {
            guard characters[index].isHan || characters[index] == "、" else { return nil }
            index += 1
        }
        guard index < characters.count, index > start + 1, characters[index] == "等" || characters[index] == "的" else { return nil }
        var head = String(characters[(index + 1)...].prefix { $0.isHan }.prefix(12))
        for verb in verbs {
            if let range = head.literalRange(of: verb), head.distance(from: head.startIndex, to: range.lowerBound) >= 2 {
                head = String(head[..<range.lowerBound])
            }
        }
        return head.count >= 2 ? head : nil
    }

    /// `16所高职学校入选第二期国家“双高计划”`: a count (or a share) that opens its clause is the
    /// subject of what the clause says, and that says which of the things are counted:
    /// `入选第二期国家双高计划的高职学校`.
    /// A predicate holding another number, going on into a list or too long for a name leaves the
    /// noun (standing at `start`) alone.
    static func predicated(_ noun: String, at start: Int, of match: QuantityMatch, in characters: [Character]) -> String {
        let nounEnd = start + noun.count
        // `将18项收费的免征范围…`: after `将` or `对` the count is what a rule is applied to.
        let lead = characters[max(0, match.span.lowerBound - 1)..<match.numberSpan.lowerBound]
        // `450万困难群众纳入城乡低保`: a bare magnitude counts people or things one by one too.
        guard countingUnits.contains(withoutMagnitude(match.quantity.unit))
            || Lexis.magnitudes.contains(match.quantity.unit) && (match.direction == nil || match.directionWord == "为")
            || match.isShare,
            nounEnd <= characters.count,
            String(characters[start..<nounEnd]) == noun, !lead.contains(where: { "对把将让".contains($0) })
        else { return noun }
        // `免费提供地中海贫血、唐氏综合征…的产前筛查`: a list inside the predicate runs on to the head
        // it closes on after `等`, `的` or `和`; a `、` between two predicates ends the first.
        var predicateEnd = clauseEnd(after: nounEnd, in: characters)
        let listEnd = listClauseEnd(after: nounEnd, in: characters, within: 80)
        if listEnd > predicateEnd, let lastItem = characters[..<listEnd].lastIndex(of: "、"),
            characters[lastItem..<listEnd].contains(where: { "等的和".contains($0) })
        {
            predicateEnd = listEnd
        }
        // `8所职业院校、12个专业群入选国家第二期“双高计划”`: counts listed one after another share the
        // predicate after the last of them.
        var itemEnd = nounEnd
        while itemEnd + 1 < characters.count, "、和".contains(characters[itemEnd]), characters[itemEnd + 1].isNumber {
            itemEnd = clauseEnd(after: itemEnd + 1, in: characters)
        }
        predicateEnd = max(predicateEnd, itemEnd)
        var predicate = String(characters[nounEnd..<predicateEnd].filter { !"“”\"".contains($0) })
        if itemEnd > nounEnd, let verb = verbsTakingObjects.compactMap({ predicate.literalRange(of: $0)?.lowerBound }).min() {
            predicate = String(predicate[verb...])
        }
        // `8所高校14个学科入选…`, `116个国家和地区近4000名运动员参赛`: a count of parts of the things
        // counted stands before what the clause says of both.
        if let first = predicate.first, first.isNumber || "近约超".contains(first) && predicate.dropFirst().first?.isNumber == true,
            let verb = verbsTakingObjects.compactMap({ predicate.literalRange(of: $0)?.lowerBound }).min()
        {
            predicate = String(predicate[verb...])
        }
        while let adverb = predicateAdverbs.first(where: predicate.hasPrefix) { predicate.removeFirst(adverb.count) }
        while predicate.hasSuffix("了") { predicate.removeLast() }
        // `免费提供地中海贫血、唐氏综合征…的产前筛查`: a long object whose kinds are listed before `的` is
        // named by its head after it.
        if predicate.count + noun.count > 24, let particle = predicate.lastIndex(of: "的"), predicate[..<particle].contains("、") {
            var verb = Substring(predicate)
            var opening = ""
            while let word = wordVerbs.first(where: verb.hasPrefix) {
                opening += word
                verb = verb.dropFirst(word.count)
            }
            let head = predicate[predicate.index(after: particle)...]
            if !opening.isEmpty, (2...8).contains(head.count), head.allSatisfy(\.isHan) { predicate = opening + head }
        }
        // A ranking's name (`进入中国企业500强`, `进入ESI世界学科排名前1%`) holds no number of its own,
        // nor does a name a number is part of (`入选工信部5G工厂名录`).
        let holdsNumber = predicate.indices.contains { index in
            guard predicate[index].digitValue != nil, index == predicate.startIndex || predicate[predicate.index(before: index)].digitValue == nil
            else { return false }
            let ranks = index > predicate.startIndex && predicate[predicate.index(before: index)] == "前"
            // `实现24小时开放`: nor does a length of time naming a kind of service.
            let after = predicate[index...].drop { $0.digitValue != nil }
            // `入选央视“大片看总台”2026年片单`: nor does a year naming an edition.
            let isYear = predicate.distance(from: index, to: after.startIndex) == 4 && (after.first == "年" || after.first?.isHan == true)
                && ["19", "20"].contains(String(predicate[index...].prefix(2)))
            return !ranks && !isYear && after.first != "强" && after.first?.isASCIILetter != true && !after.hasPrefix("小时")
        }
        // Only a predicate that opens on a verb says something of the noun (`开展…`, `被评为…`,
        // `在川布局`); `认定事项` goes on naming it.
        guard verbs.contains(where: predicate.hasPrefix), !predicate.hasPrefix("的"), predicate.count >= 2, predicate.count + noun.count <= 24,
            !holdsNumber, !noun.hasSuffix("并")
        else { return noun }
        return predicate + "的" + noun
    }

    /// Work named after the things counted (`补短村建设`, `老旧小区改造`).
    static let worksOnThings = ["建设", "改造", "创建", "整治", "提升"]

    /// `贡献了全国38.7%的贸易增量`: a share of a place's whole, named after `的`, is that whole's share.
    static func shareOfWhole(_ match: QuantityMatch, after left: String, in characters: [Character]) -> String? {
        let end = match.span.upperBound
        guard match.isPercentage, end < characters.count, characters[end] == "的",
            let place = wholePlaces.first(where: { left.hasSuffix($0) })
        else { return nil }
        let whole = characters[(end + 1)...].prefix { $0.isHan }.prefix(10)
        guard whole.count >= 2 else { return nil }
        return place + String(whole) + "占比"
    }

    /// `全国重点实验室45家`: things counted under a national name are a national class, not the
    /// country's scope that `cleaned` drops.
    static func keepingNationalClass(_ name: String, of phrase: String, unit: String) -> String {
        guard countingUnits.contains(withoutMagnitude(unit)), !name.hasPrefix("全国"), phrase.contains("全国" + name) else { return name }
        return "全国" + name
    }

    /// Places whose whole a share is of.
    static let wholePlaces = ["全国", "全省", "全市", "全球", "全世界", "全区"]

    /// Verbs of what is done to the things a number counts (`新建`, `改造`, `基本建成`); they stay
    /// in a subject, since a count of new mines is no count of all mines.
    static let deeds = [
        "改造提升", "改造升级", "更新改造", "新（改）建", "新改扩建", "新改建", "改扩建", "新开工", "维修养护", "举办", "建设", "引进", "接待", "开工",
        "改造", "治理", "拆除", "新建", "引入", "推出", "吸纳", "带动", "释放", "筹集", "组建", "认证", "招募", "资助",
        "竣工", "打造", "建成", "完工", "交付", "并网", "投产", "安排", "开通", "优化", "续建",
        // Deeds that change the state of what they count (`打通53条断头路`, `取消123项职业资格许可`):
        // without them the count reads as all such things there are.
        "打通", "取消", "下放", "减免", "聘请", "设立", "加密", "清理", "整治", "安置", "创建", "认定", "表彰", "撤并", "消除",
        "维修", "启动",
        // `新签和升级8个自由贸易协定`: agreements newly signed or upgraded; bonds issued on top, land
        // disposed of.
        "新签", "升级", "增发", "处置",
        // Things bought, set up, approved, taken back or moved out, and crimes broken up: without the
        // deed the count reads as all there are (`购置9万平方米产业用房`, `打掉5个犯罪集团`).
        "购置", "挂牌", "调整", "增设", "加固", "获批", "成立", "收回", "迁出", "打掉", "刑拘", "抓获", "破获",
        // `制定发布129项地方标准`, `开发储备超5000个公益性岗位`: papers made, posts opened.
        "制定", "发布", "开发", "储备",
        // `新入选国家5G工厂29家、卓越级智能工厂10家`: things newly chosen are counted as they are made.
        "新入选", "新获评",
    ]

    /// Deeds that make or add things: what a count after them counts is new (`新培育30户智能工厂`).
    static let countedDeeds = Set(deeds + Fact.makingDeeds + ["净增", "新认定", "帮扶", "新设", "新登记", "新注册", "改建"]).sorted { ($0.count, $0) > ($1.count, $1) }

    /// `新开工改造城镇老旧小区` → `新开工改造`: the deeds a name opens with.
    static func leadingDeeds(of name: String) -> String {
        var rest = Substring(name)
        // `建设用地整理`, `开发区`: a deed that a head noun of its own follows, or that begins a
        // longer word, is no deed.
        while let deed = countedDeeds.first(where: { rest.hasPrefix($0) }), rest.count > deed.count,
            !verbNounHeads.contains(where: rest.dropFirst(deed.count).hasPrefix), !wordsHoldingFillers.contains(where: rest.hasPrefix)
        {
            rest = rest.dropFirst(deed.count)
        }
        return String(name.prefix(name.count - rest.count))
    }

    /// The deed a list of counts opens with, before its first number (`新建2—3家…中心和25—30家`):
    /// the words from the clause's start up to its first number end in it, and only earlier items
    /// of the list stand between it and this number.
    static func deedOpeningList(before match: QuantityMatch, in characters: [Character]) -> String? {
        let numberStart = match.numberSpan.lowerBound
        let start = listClauseStart(before: numberStart, in: characters, within: 60)
        let lead = characters[start..<numberStart]
        let headEnd = lead.firstIndex { $0.digitValue != nil } ?? numberStart
        var head = String(characters[start..<headEnd])
        for word in ["超", "近", "约", "逾", "再", "共"] where head.hasSuffix(word) { head.removeLast(word.count) }
        // `新增荆州、孝感、黄冈3个…`, `新增软件和研发设计等4个…`: examples named between the deed and
        // the count stand for the things counted, unless the things go on to do something themselves
        // (`建设…先行区等12个重点合作事项加快落地`: the deed was the first example's).
        if case let deed = leadingDeeds(of: head), !deed.isEmpty, case let examples = head.dropFirst(deed.count),
            examples.contains("、") || examples.hasSuffix("等"), examples.allSatisfy({ $0.isHan || $0 == "、" }),
            !countedDeeds.contains(where: examples.containsLiterally),
            case let rest = String(characters[match.span.upperBound..<clauseEnd(after: match.span.upperBound, in: characters)]),
            !wordVerbs.contains(where: rest.containsLiterally)
        {
            head = deed
        }
        guard var deed = countedDeeds.first(where: head.hasSuffix) else { return nil }
        // `4个过五千亿、北斗应用等`: an item's examples stand before its count.
        var itemsEnd = numberStart
        if itemsEnd > headEnd, characters[itemsEnd - 1] == "等" {
            itemsEnd -= 1
            while itemsEnd > headEnd, characters[itemsEnd - 1].isHan { itemsEnd -= 1 }
        }
        let earlierItems = characters[headEnd..<itemsEnd]
        guard earlierItems.isEmpty || earlierItems.last.map({ "、和及与".contains($0) }) == true else { return nil }
        var rest = head.dropLast(deed.count)
        // `新开工建设4座中型水库`, `制定发布129项地方标准`: deeds run together are one deed.
        while let before = countedDeeds.first(where: { rest.hasSuffix($0) }) {
            deed = before + deed
            rest = rest.dropLast(before.count)
        }
        // `取消和下放246项行政审批事项`, `新开、复航、加密44条航线`: deeds joined before it are done too.
        while let joiner = rest.last, "、和".contains(joiner) {
            let run = String(rest.dropLast().reversed().prefix { $0.isHan && !"、和".contains($0) }.reversed())
            let standsAlone = run.count == rest.count - 1 || "、和".contains(rest[rest.index(rest.endIndex, offsetBy: -run.count - 2)])
            let verb: String
            if standsAlone, run.count == 2 || (3...4).contains(run.count) && countedDeeds.contains(where: run.hasSuffix) {
                verb = run
            } else if let last = countedDeeds.first(where: run.hasSuffix) {
                verb = last
            } else {
                break
            }
            deed = verb + String(joiner) + deed
            rest = rest.dropLast(verb.count + 1)
            guard verb == run else { break }
        }
        // `中央财政安排1000亿元专项奖补资金`: a sum a treasury sets aside is that treasury's.
        if let payer = treasuries.first(where: rest.hasSuffix) { return payer + deed }
        // `累计创建42个示范村`: a running total of what was made is no count of one year's deeds.
        return rest.hasSuffix("累计") ? "累计" + deed : deed
    }

    /// Treasuries that pay for what a plan sets aside.
    static let treasuries = ["中央财政", "各级财政", "省级财政", "市级财政", "县级财政", "地方财政", "省财政", "市财政"]

    /// Where the clause holding a list ends after `offset`: at the first clause break other than
    /// `、`, at most `limit` characters on.
    static func listClauseEnd(after offset: Int, in characters: [Character], within limit: Int) -> Int {
        var end = offset
        while end < characters.count, characters[end] == "、" || !clauseBreaks.contains(characters[end]), end - offset < limit { end += 1 }
        return end
    }

    /// Where the clause holding a list ends before `offset` begins: after the last clause break
    /// other than `、`, at most `limit` characters back.
    static func listClauseStart(before offset: Int, in characters: [Character], within limit: Int) -> Int {
        var start = offset
        while start > 0, !"，。；：,;:！？".contains(characters[start - 1]), offset - start < limit { start -= 1 }
        return start
    }

    /// `新建省重点实验室、省技术创新中心、省工程研究中心各20家`: a number after `各` is each listed
    /// item's, and the deed the first item opens with is done to all of them.
    ///
    /// `单位国内生产总值能耗、水耗均下降20%以上`: a change after `均` or `都` is each listed item's too,
    /// a sibling measure of the first item's owner; so is one after `分别` (`城乡居民…分别增长7.5%`).
    static func itemsEach(before match: QuantityMatch, in characters: [Character]) -> [String]? {
        let numberStart = match.numberSpan.lowerBound
        let listEnd: Int
        let separators: String
        if numberStart > 0, characters[numberStart - 1] == "各" {
            (listEnd, separators) = (numberStart - 1, "、和及与")
        } else if match.directionWord != nil || match.quantity.qualifier != nil, case let adverb = match.span.lowerBound - 1, adverb > 0,
            "均都".contains(characters[adverb]),
            !"年月日人户".contains(characters[adverb - 1])
        {
            // `农村低收入人口和脱贫人口基本医保动态参保率均达100%`: `和` joins the scope of one item.
            (listEnd, separators) = (adverb, "、")
        } else if match.directionWord != nil, match.span.lowerBound >= 2,
            characters[(match.span.lowerBound - 2)..<match.span.lowerBound].elementsEqual("分别"), !goesOnIntoList(match, in: characters)
        {
            // `化学需氧量、氨氮排放量要分别下降2%`: one number after `分别` is each item's.
            (listEnd, separators) = (match.span.lowerBound - 2, "、")
        } else {
            return nil
        }
        let start = listClauseStart(before: listEnd, in: characters, within: 80)
        var names = characters[start..<listEnd].split(whereSeparator: { separators.contains($0) }).map { cleaned(String($0)) }
        // `城乡居民人均可支配收入分别增长7.5%`: a word joining a pair names both.
        if names.count == 1, let only = names.first,
            let (pair, words) = pairedWords.first(where: { only.contains($0.0) && only.count > $0.0.count }), let range = only.literalRange(of: pair)
        {
            names = words.map { only.replacingCharacters(in: range, with: $0) }
        }
        guard names.count >= 2, names.allSatisfy({ !$0.isEmpty && !$0.contains(where: { $0.digitValue != nil }) }) else { return nil }
        if let deed = countedDeeds.first(where: { names[0].hasPrefix($0) && names[0].count > $0.count }) {
            names = [names[0]] + names.dropFirst().map { $0.hasPrefix(deed) ? $0 : deed + $0 }
        }
        return names.map { sharingOwner(sharingHead($0, with: names[names.count - 1]), with: names[0]) }
    }

    /// Whether `phrase` is only deeds after an adverb (`基本建成`, `全部开工`).
    static func onlySaysWhatWasDone(_ phrase: String) -> Bool {
        var rest = Substring(phrase)
        for adverb in ["基本", "全部", "累计", "已", "新"] where rest.hasPrefix(adverb) { rest = rest.dropFirst(adverb.count) }
        guard !rest.isEmpty else { return false }
        while let deed = deeds.first(where: { rest.hasPrefix($0) }) { rest = rest.dropFirst(deed.count) }
        return rest.isEmpty
    }

    /// The deed an item of a list of amounts takes from the item before (`新增从业人员…、企业…`): the
    /// deeds that item opens on, after `累计` too (`累计治理水土流失面积…、石漠化面积…`), or its owner
    /// and deed (`软信产业“满天星”行动新增`); `nil` where it names none, or where both items name their
    /// own measure (`铁路建设投资…、公路水运投资…`).
    static func deedShared(by previous: Subject, with item: String) -> String? {
        let total = previous.text.hasPrefix("累计") ? "累计" : ""
        let deeds = leadingDeeds(of: String(previous.text.dropFirst(total.count)))
        if !deeds.isEmpty { return total + deeds }
        guard previous.entry == nil, !item.hasSuffix(previous.text.suffix(2)), let (owner, deed) = ownerAndDeed(of: previous.text) else { return nil }
        return owner + deed
    }

    /// Whether the clause starting at `clauseStart` is the next item of a list after `previous`'s
    /// (`集聚科研人员1110人、实施…`).
    static func followsInList(_ previous: QuantityMatch, clauseStart: Int, in characters: [Character]) -> Bool {
        clauseStart > 0 && characters[clauseStart - 1] == "、" && previous.span.upperBound < clauseStart
            && !characters[previous.span.upperBound..<clauseStart].contains(where: { clauseBreaks.contains($0) && $0 != "、" })
    }

    /// `辽宁实验室集聚科研人员` → (`辽宁实验室`, `集聚`): the owner a name opens on and the deeds it
    /// names after it; `nil` where the name opens on a deed or names none.
    static func ownerAndDeed(of name: String) -> (owner: String, deed: String)? {
        let characters = Array(name)
        guard let start = (2..<max(2, characters.count - 1)).first(where: { index in
            ownerDeeds.contains { characters[index...].starts(with: $0) }
        }) else { return nil }
        let owner = String(characters[..<start])
        let rest = String(characters[start...])
        let deed = leadingDeeds(of: rest).isEmpty ? String(rest.prefix(2)) : leadingDeeds(of: rest)
        // `农用地整治`, `林分优化提升`: a deed with no things after it is work named, done by no one;
        // `省内`, `累计`: a place or a time is no owner.
        let things = rest.dropFirst(deed.count)
        guard owner.count >= 3, owner.allSatisfy({ $0.isHan || "、“”".contains($0) }), leadingDeeds(of: owner).isEmpty,
            !verbs.contains(where: owner.containsLiterally), !leadingFillers.contains(where: owner.hasPrefix),
            things.count >= 2, !ownerDeeds.contains(where: things.hasPrefix)
        else { return nil }
        return (owner, deed)
    }

    /// `“金芙蓉”省级政府投资基金规模` → `金芙蓉省级政府投资基金`: whose a measure of a whole is.
    static func ownerOfMeasure(_ name: String) -> String? {
        guard let measure = bareTotals.first(where: { name.hasSuffix($0) && name.count >= $0.count + 2 }) else { return nil }
        let owner = String(name.dropLast(measure.count))
        return owner.allSatisfy(\.isHan) ? owner : nil
    }

    /// Whether a name is of a place or a body that may own things (`明月湖科创园`, `三峡库区`,
    /// `金砖创新基地`), not of examples (`可可盖等`) or of a deed.
    static func namesBody(_ name: String) -> Bool {
        name.count >= 3 && !name.contains("等") && bodyHeads.contains(where: name.hasSuffix)
    }

    /// Units of length and area a stretch of things is counted in (`69公里岸线`).
    static let lengthUnits: Set<String> = ["公里", "千米", "米", "平方公里", "亩", "万亩"]

    /// Whether a sentence's topic names a park, zone, corridor or body whose own things the sentence
    /// goes on to count (`天开高教科创园`, `西部陆海新通道`), not a policy or a province's aim
    /// (`海洋强省`, `和美乡村`).
    static func namesOwningBody(_ topic: String) -> Bool {
        topic.count >= 4 && ["园", "开发区", "新区", "高新区", "经开区", "试验区", "通道", "中心", "基地", "实验室", "公司", "集团", "大学", "港"]
            .contains(where: topic.hasSuffix)
            && cleaned(topic) == topic && !verbsAndDeeds.contains(where: topic.containsLiterally) 
            && topic.first.map { !"以对在为向把将从由与".contains($0) } == true
    }

    /// Last words of the names of places and bodies.
    static let bodyHeads = [
        "园", "城", "区", "市", "省", "县", "镇", "村", "港", "局", "厅", "委", "院", "所", "校", "厂", "大学", "公司", "集团", "中心",
        "基地", "平台", "实验室", "试点", "银行", "通道",
    ]

    /// Every verb and deed that shows a name is no owner's, made once: the checks run for every
    /// sentence and count.
    static let verbsAndDeeds = verbs + ownerDeeds

    /// Deeds an owner does to the things of a list it opens (`集聚科研人员…、实施…`).
    static let ownerDeeds = verbsTakingObjects + ["集聚", "汇聚", "转化", "赋能", "吸引", "培育", "接待", "推广"]

    /// `新开工保障性安居工程` → `保障性安居工程`: the things, without what was done to them.
    static func withoutDeeds(_ phrase: String) -> String {
        var rest = Substring(phrase)
        // `安置房`: a deed and one character after it are a name.
        while let deed = deeds.first(where: { rest.hasPrefix($0) }), rest.count > deed.count + 1 { rest = rest.dropFirst(deed.count) }
        return String(rest)
    }

    /// Units that count things one by one.
    static let countingUnits: Set<String> = [
        "个", "家", "所", "名", "位", "项", "座", "条", "处", "批", "支", "款", "种", "件", "部", "台", "艘", "架", "辆", "只",
        "户",
    ]

    /// `万户` → `户`: the unit a magnitude multiplies.
    static func withoutMagnitude(_ unit: String) -> String {
        Lexis.magnitudes.first(where: { unit.hasPrefix($0) && unit.count > $0.count }).map { String(unit.dropFirst($0.count)) } ?? unit
    }

    /// Adverbs that open a predicate without saying anything of what it is said of.
    static let predicateAdverbs = [
        "全部", "均", "已", "都", "共", "先后", "分别", "也", "又", "还", "新", "相继", "陆续", "累计", "首次", "率先", "基本", "提前",
    ]

    /// Titles of an appendix that explains terms.
    static let glossaryTitles = ["名词解释", "名词注释", "注释", "Glossary", "Notes"]

    /// Where the bracket opening at `start` closes, within a short gloss (`（市、区）`); `nil` when
    /// no bracket opens there.
    static func closingBracket(from start: Int, in characters: [Character]) -> Int? {
        guard start < characters.count, characters[start] == "（" || characters[start] == "(" else { return nil }
        var cursor = start + 1
        while cursor < characters.count, cursor - start <= 10 {
            if characters[cursor] == "）" || characters[cursor] == ")" { return cursor }
            cursor += 1
        }
        return nil
    }

    /// Verbs that open a clause continuing the subject before it.
    static let predicateOpenings = ["实现", "保持", "迈上", "跨上", "跃上", "位居", "稳居", "跻身", "创新高", "创历史", "创下"]

    /// Nouns that name a number as a milestone of the subject before it (`跨上3万亿元台阶`).
    static let milestoneNouns: Set<String> = ["台阶", "大关", "关口", "关"]

    /// `20万人以上的县`, `年应纳税所得额上限由30万元提高到50万元`: a bound qualifying a noun or
    /// a rule's limit, not a number stated of anything.
    static func isThreshold(_ match: QuantityMatch, in characters: [Character]) -> Bool {
        let start = clauseStart(before: match.span.lowerBound, in: characters)
        let lead = String(characters[start..<match.span.lowerBound])
        if thresholdWords.contains(where: { lead.contains($0) }) { return true }
        // `nobody earning less than $400,000`, `a family of four making $75,000`, `seniors aged 60`:
        // a bound on whom a measure reaches; `jobs paying over $100,000 a year`: what the things are like.
        if match.isEnglish, let word = lead.split(separator: " ").last?.lowercased(), englishBoundingWords.contains(word) {
            return true
        }
        // `the portion of the value of the property in excess of $1.5 million and up to $3 million would be
        // taxed at 5%`: the bounds of a band the rate applies to.
        if match.isEnglish, case let lowered = lead.lowercased().trimmingCharacters(in: .whitespaces),
            lowered.hasSuffix("in excess of")
                || lowered.hasSuffix(" and") && lowered.split(separator: " ").suffix(6).joined(separator: " ").contains("in excess of")
        {
            return true
        }
        // `generating units with a capacity of less than 300,000 kilowatts`, `cars with an OMV of $40,000`:
        // a measure that says which things are meant, after the plural it describes.
        // `homes with annual values of above $13,000 and up to $21,000`: so is one with no article, and
        // each bound of a band.
        if match.isEnglish {
            let words = lead.lowercased().split(separator: " ").map(String.init).suffix(12)
            if let with = words.lastIndex(of: "with"), with > words.startIndex,
                case let owner = words[with - 1], owner.hasSuffix("s"), !owner.hasSuffix("ss"), owner.allSatisfy(\.isLetter),
                let of = words[with...].firstIndex(of: "of"), (2...4).contains(of - with),
                !["a", "an"].contains(words[with + 1]) || of - with == 3,
                words[(of + 1)...].allSatisfy({ $0.first == "$" || $0.first?.isNumber == true || Self.bandWords.contains($0) }),
                // `provide the self-help groups with additional funding of $60 million`: what is provided.
                !words[..<with].contains(where: { ["provide", "provides", "providing", "provided", "supply", "equip"].contains($0) })
            {
                return true
            }
        }
        // `对农产品网络销售额2万元以上…的经营主体进行补助`: a number in what a measure is applied to
        // says who qualifies for it.
        if let to = lead.firstIndex(of: "对"), !lead[lead.index(after: to)...].contains(where: { "，,；;".contains($0) }) {
            let rest = String(characters[match.span.upperBound..<clauseEnd(after: match.span.upperBound, in: characters)])
            if let particle = rest.firstIndex(of: "的"), treatmentVerbs.contains(where: { rest[particle...].contains($0) }) { return true }
        }
        // `引进产值10亿元以上企业5家`, `主营收入5亿元以上工业企业`, `对200平方米以上餐厅厨房`: a bound on a
        // measure of the things, or on what a deed is done to, names the kind of things after it.
        if let qualifier = match.quantity.qualifier, [.atLeast, .below, .within].contains(qualifier), !match.isPercentage,
            !countingUnits.contains(withoutMagnitude(match.quantity.unit)),
            match.span.upperBound < characters.count, characters[match.span.upperBound].isHan,
            classingMeasures.contains(where: lead.hasSuffix) || lead.hasSuffix("对")
        {
            return true
        }
        // `覆盖20万人口以上的县`: the bound may follow the noun the number counts.
        let after = String(characters[match.span.upperBound..<min(characters.count, match.span.upperBound + 5)])
        if ["以上的", "以下的", "以内的"].contains(where: { after.contains($0) }) { return true }
        guard let qualifier = match.quantity.qualifier,
            [.atLeast, .below, .within, .over, .notLessThan, .notMoreThan].contains(qualifier),
            match.span.upperBound < characters.count, characters[match.span.upperBound] == "的"
        else { return false }
        // `不低于5%的增长`: a bound on the measure itself is a target, not a bound qualifying a noun.
        return !measureNouns.contains { characters[(match.span.upperBound + 1)...].starts(with: $0) }
    }

    /// Measures of firms or projects a bound on them picks out (`产值10亿元以上企业`).
    static let classingMeasures = ["产值", "收入", "营收", "纳税", "税收", "投资", "投资额", "规模", "面积", "产能", "资产"]

    /// Verbs of a measure applied to those who qualify (`对…的企业给予奖励`).
    static let treatmentVerbs = ["给予", "进行", "予以", "实行", "奖励", "补助", "补贴"]

    /// Nouns naming the measure a bound sets (`5%以上的增长`), not a thing it qualifies.
    static let measureNouns = ["增长", "增速", "增幅", "降幅", "幅度", "水平", "速度"]

    /// `高于全国8.5个百分点`, `比全国平均水平高0.3个百分点`: the gap to another place or group is
    /// context, not a target or outcome of the report's own. A comparison with an earlier time
    /// (`比上年提高`, `较2020年下降`) is the indicator's own change and stays.
    static func isComparison(_ match: QuantityMatch, in characters: [Character]) -> Bool {
        if match.isEnglish {
            // `5 million more than government experts projected`: set against something else, the number
            // is context; against an earlier time (`one million more than last year`) it is the change.
            let after = String(characters[match.span.upperBound..<clauseEnd(after: match.span.upperBound, in: characters)])
                .lowercased().split(separator: " ").map { String($0.trimmingPunctuation) }
            if setsAgainst(match, in: characters) { return true }
            guard after.count > 2, englishComparatives.contains(after[0]), after[1] == "than" else { return false }
            let other = after[2...].drop { ["the", "a", "in"].contains($0) }
            return !(other.first.map { englishEarlierTimes.contains($0) || ($0.count == 4 && $0.allSatisfy(\.isNumber)) } ?? false)
        }
        var start = clauseStart(before: match.span.lowerBound, in: characters)
        // `分别快于全国3.4个、1个百分点`: a bare number after `、` goes on the list before it (a few
        // items back, so that a list of thousands of bare numbers stays linear).
        for _ in 0..<8 {
            guard start > 0, characters[start - 1] == "、",
                !characters[start..<match.numberSpan.lowerBound].contains(where: { $0.isHan || $0.isLetter })
            else { break }
            start = clauseStart(before: start - 1, in: characters)
        }
        let lead = Array(characters[start..<match.numberSpan.lowerBound])
        let text = String(lead)
        // `超过全国平均水平0.28个百分点`: a gap to an average is context.
        if match.quantity.unit.hasSuffix("百分点"), ["平均水平", "全国平均"].contains(where: text.containsLiterally) { return true }
        for word in comparisonWords {
            var searchStart = text.startIndex
            while let range = text.literalRange(of: word, from: searchStart) {
                searchStart = range.upperBound
                let other = String(text[range.upperBound...]).trimmingCharacters(in: .whitespaces)
                // `增长4%，快于2024年1.8个百分点`: a gap between two speeds is no value of either.
                if speedComparisons.contains(word) { return true }
                // `年均增长4.5%，高于“十三五”时期1.2个百分点`: so is one between a growth rate and an
                // earlier time's.
                if word.count > 1, comparesWithTime(other), match.quantity.unit.hasSuffix("百分点"), start > 0,
                    case let before = clauseBefore(start, in: characters), before.hasSuffix("%"), before.contains("增长")
                {
                    return true
                }
                guard let first = other.first, !comparesWithTime(other) else { continue }
                // `同比`, `环比` compare with an earlier time.
                if word.count == 1 {
                    let before = range.lowerBound > text.startIndex ? text[text.index(before: range.lowerBound)] : " "
                    if comparesNothing(before: before, after: first) || "同环".contains(before) { continue }
                }
                return true
            }
        }
        return false
    }

    /// `This is lower than the initial draw of $52 billion`, `80%, lower than the national average of
    /// about 88%`: a number a comparison's `than` leads to, through what it measures, is what something
    /// else is set against, and context; one of an earlier time (`than last year's`) is the baseline.
    static func setsAgainst(_ match: QuantityMatch, in characters: [Character]) -> Bool {
        var lead = String(characters[clauseStart(before: match.span.lowerBound, in: characters)..<match.span.lowerBound])
            .lowercased().split(separator: " ").map { String($0.trimmingPunctuation) }
        while let last = lead.last, Lexis.englishPrefixQualifiers.contains(where: { $0.0 == last }) || last == "some" { lead.removeLast() }
        guard lead.last == "of", let than = lead.lastIndex(of: "than"), than > 0, englishComparatives.contains(lead[than - 1]),
            case let other = lead[(than + 1)...].drop(while: { ["the", "a", "an"].contains($0) }), other.count >= 2,
            let first = other.first, !englishEarlierTimes.contains(first), !first.hasPrefix("last"), !first.contains(where: \.isNumber)
        else { return false }
        // `more than halfway towards the goal of $4 trillion`: the `than` of a phrase that goes on
        // past a preposition compares something else.
        return !other.contains { $0.contains(where: \.isNumber) }
            && !other.dropLast().contains { ["to", "towards", "toward", "in", "for", "on", "at", "from", "by"].contains($0) }
    }

    /// English comparatives after a number (`one million more than`).
    static let englishComparatives: Set<String> = ["more", "less", "fewer", "higher", "lower", "greater"]

    /// Words that open an earlier time after `than` (`last year`, `the previous year`, `a year ago`).
    static let englishEarlierTimes: Set<String> = ["last", "previous", "year", "before", "earlier", "same"]

    /// Comparisons of speeds: what they compare is a rate of change.
    static let speedComparisons: Set<String> = ["快于", "慢于"]

    /// Words that set a number against something else named after them.
    static let comparisonWords = ["高于", "低于", "快于", "慢于", "好于", "优于", "领先", "高出", "低出", "比", "较"]

    /// Whether the thing compared with is an earlier time or the indicator's own past
    /// (`上年`, `2020年`, `同期`, `年初`, `疫情前`), not another place.
    static func comparesWithTime(_ other: String) -> Bool {
        let other = String(other.drop { "“\"".contains($0) })
        if let first = other.first, first.digitValue != nil || "上去前同年初十".contains(first) { return true }
        return ["上年", "去年", "同期", "年初", "上一年", "疫情前", "预期", "目标"].contains { other.hasPrefix($0) }
            || ["增长", "提高", "增加", "上升", "下降", "降低", "减少", "回落"].contains { other.hasPrefix($0) }
    }

    /// `较“十三五”时期`, `比上年`, `同比`, or nothing: a lead that sets what follows against an
    /// earlier time and names no item.
    static func isComparisonWithTime(_ lead: String) -> Bool {
        let lead = Array(lead.filter { !"“”\"".contains($0) && !$0.isWhitespace })
        return lead.isEmpty || timeComparisonStart(in: lead) == 0
    }

    /// Units that measure a facility's capacity or size.
    static let capacityUnits = ["吨", "千瓦", "千瓦时", "立方米", "标箱", "标准箱", "元"]

    /// Whether a unit measures a facility's size (`万吨`, `亿立方米/年`).
    static func isCapacity(_ unit: String) -> Bool {
        let amount = unit.split(separator: "/").first.map(String.init) ?? unit
        return capacityUnits.contains(where: amount.hasSuffix)
    }

    /// `国能哈密400万吨煤制油和…、国能准东20亿立方米/年煤制天然气项目开工建设`, `推动桥头铝电50万吨绿电铝…技改、
    /// 青海辉源20万吨…等项目建设`: a capacity in a list of names that ends in a facility is the size of
    /// one of them. The list goes on through names and other capacities, and ends at a clause's end,
    /// at an item that opens on a deed, or at a number of another kind.
    static func namesFacilityInList(from end: Int, in characters: [Character]) -> Bool {
        var index = end
        var opensItem = false
        while index < characters.count, index - end < 60 {
            let character = characters[index]
            if clauseBreaks.contains(character), character != "、" { return false }
            if facilityNouns.contains(where: { characters[index...].starts(with: $0) }) { return true }
            if index == end, measuresOfFacilities.contains(where: { characters[index...].starts(with: $0) }) { return false }
            if opensItem, verbsAndDeeds.contains(where: { characters[index...].starts(with: $0) }) { return false }
            if character.isASCII, character.isNumber {
                // `2×35万千瓦`: units of a plant times their size; the `千` of `千瓦` is the unit's.
                while index < characters.count, characters[index].isASCII && (characters[index].isNumber || characters[index] == ".")
                    || "十百千万亿×".contains(characters[index]) && !capacityUnits.contains(where: { characters[index...].starts(with: $0) })
                {
                    index += 1
                }
                guard capacityUnits.contains(where: { characters[index...].starts(with: $0) }) else { return false }
                continue
            }
            opensItem = "、和及与".contains(character)
            index += 1
        }
        return false
    }

    /// What a plant makes or holds, which a capacity right before it measures (`50万吨产能`): no name.
    static let measuresOfFacilities = ["产能", "产量", "能力", "规模", "储量", "总量", "容量"]

    /// Facilities a capacity may describe.
    static let facilityNouns = ["项目", "矿井", "煤矿", "露天矿", "电站", "电厂", "基地", "生产线", "工程", "机组", "装置", "产业园"]

    /// Words naming the total of whatever the sentence is about.
    static let bareTotals: Set<String> = ["总量", "总额", "总数", "规模"]

    /// Measures taken of firms (`总市值`, `营业收入`), named bare after a count of them or after
    /// another of their measures.
    static let measuresOfThings: Set<String> = [
        "总市值", "市值", "营业收入", "营业总收入", "营收", "利润", "利润总额", "资产总额", "增加值", "产值", "销售收入",
        "产量", "投资", "产能", "销量", "收入", "支出",
    ]

    /// Nouns of a task whose size a number gives.
    static let taskNouns: Set<String> = ["任务", "目标", "目标任务"]

    /// Units of time spans.
    static let durationUnits: Set<String> = ["小时", "天", "分钟", "个工作日", "工作日"]

    /// Measures of things, in a fixed order, and the concentrations and shares of places: what a
    /// count before them may only say which things are meant of (`74个重点城市…平均浓度`).
    static let measuresNamedAfterCounts = measuresOfThings.sorted() + ["浓度", "比例"]

    /// Nouns that count the parts of an argument, not things done.
    static let discourseNouns = ["方面", "维度"]

    /// What a government counts of its own instruments rather than of results.
    static let instrumentNouns = ["措施", "举措", "指标", "政策", "改革", "任务", "经验", "案例", "实事", "路径"]

    /// Verbs by which a plan names what it focuses on (`聚焦13个产业集群`, `谋划9条技术路径`): the
    /// count is of the plan's own outline, not of anything done.
    static let focusVerbs = ["聚焦", "围绕", "谋划", "瞄准", "紧扣", "锚定"]

    /// Words naming people by age or by where they live, before `人口`.
    static let populationKinds = ["以上", "以下", "岁", "常住", "户籍", "实时", "总", "全省", "全市", "全国", "我国", "我省", "我市"]

    /// People counted by the state they are in, which no policy of the year sets.
    static let peopleInAState = ["毕业生", "在校生", "在校学生", "劳动力", "劳动力资源", "劳动年龄人口"]

    /// Verbs by which a plan strengthens or backs things that already are.
    static let strengtheningVerbs = ["提升", "强化", "做强", "做优", "做大", "壮大", "巩固", "加强", "支持", "扶持"]

    /// Papers a government drafts or handles: laws, rules, motions, proposals.
    static let paperNouns = ["法律", "法规", "规章", "草案", "议案", "提案", "建议", "规范性文件", "文件"]

    /// `支持长白山、三江、吉光3个省实验室高效运营`, `东北虎豹国家公园成为首批5个国家公园之一`: a count
    /// of as many things as are named right before it, or of a set something is one of, only sizes a
    /// set; one of things made (`新增荆州、孝感、黄冈3个…`, `…4条高速提前建成通车`) stays.
    static func namesSetSize(_ match: QuantityMatch, in characters: [Character]) -> Bool {
        guard countingUnits.contains(match.quantity.unit), match.direction == nil else { return false }
        let end = match.span.upperBound
        let clauseEnd = clauseEnd(after: end, in: characters)
        let rest = String(characters[end..<clauseEnd])
        if rest.hasSuffix("之一"), !rest.hasSuffix("分之一") { return true }
        let start = listClauseStart(before: match.numberSpan.lowerBound, in: characters, within: 60)
        var named = String(characters[start..<match.numberSpan.lowerBound])
        guard named.contains("、"), !named.hasSuffix("等"), named.allSatisfy({ $0.isHan || "、“”".contains($0) }) else { return false }
        let opening = String(named.prefix { $0 != "、" })
        named = String(named.drop { $0 != "、" })
        let items = named.split(whereSeparator: { "、和及".contains($0) }).count + 1
        guard Decimal(items) == match.quantity.value,
            !countedDeeds.contains(where: { opening.contains($0) || rest.contains($0) }),
            !verbs.contains(where: { $0.count >= 2 && rest.contains($0) })
        else { return false }
        return true
    }

    /// `总投资200亿元的…交易中心`, `惠及3400万人的引大济岷工程`: an amount right before `的` describes
    /// the thing named after it and is context, not a number stated of anything (a share,
    /// `71%的煤电机组`, and a count, `选择11个左右的县`, stay); so does a capacity right before a
    /// facility (`500万吨智能化矿井`). A number in quotation marks is part of a name (`出台稳增长“21条”`,
    /// `“3个100”`), and `前1%学科` a rank.
    static func describesSomethingElse(_ match: QuantityMatch, in characters: [Character]) -> Bool {
        let end = match.span.upperBound
        if namesSetSize(match, in: characters) { return true }
        // `开通仅4个月`, `一线攻坚9个月`, `已经过去3个多月`: months are a length of time, no count of things.
        if match.quantity.unit == "个", end < characters.count, characters[end] == "月" || characters[end...].starts(with: "多月") { return true }
        // `确定4.5%左右的增长目标`: a target set is restated where the report explains it.
        if match.isPercentage, end < characters.count, characters[end] == "的",
            ["增长目标", "预期目标", "经济增长目标"].contains(where: { String(characters[(end + 1)...].prefix(6)).hasPrefix($0) }),
            case let lead = String(characters[clauseStart(before: match.span.lowerBound, in: characters)..<match.span.lowerBound]),
            ["确定", "设定", "提出"].contains(where: lead.hasSuffix)
        {
            return true
        }
        // `提出8项指标`, `预期性指标19项`: how many indicators a plan sets describes the plan.
        if countingUnits.contains(match.quantity.unit),
            String(characters[end...].prefix(while: \.isHan)).hasSuffix("指标") || String(characters[..<match.span.lowerBound]).hasSuffix("指标")
        {
            return true
        }
        let before = String(characters[clauseStart(before: match.span.lowerBound, in: characters)..<match.numberSpan.lowerBound])
        // `时速350公里高铁`: a speed before a thing is the class it is of; `排名提升7位`: places moved in
        // a ranking.
        if before.hasSuffix("时速"), end < characters.count, characters[end].isHan { return true }
        if match.quantity.unit == "位", ["排名", "位次"].contains(where: before.containsLiterally) { return true }
        if end < characters.count, characters[end] == "的", !ratioUnits.contains(match.quantity.unit), !match.isPercentage,
            match.quantity.unit != "个"
        {
            return true
        }
        // `北海铁山港20万吨级散货泊位`, `1000吨级通航设施`: a class of size is part of a facility's name.
        if end < characters.count, characters[end] == "级", !match.isPercentage { return true }
        let start = match.numberSpan.lowerBound
        if start > 0, characters[start - 1] == "前", match.isPercentage { return true }
        // `寿阳七元500万吨智能化矿井联合试运转`: a capacity names the size of the facility after it;
        // so does what a project is to make a year (`年产3000辆专用车项目`).
        if isCapacity(match.quantity.unit) || before.hasSuffix("年产") {
            let noun = characters[end..<min(characters.count, end + 12)].prefix { $0.isHan }
            if facilityNouns.contains(where: { String(noun).contains($0) }) 
                || !match.quantity.unit.hasSuffix("元") && namesFacilityInList(from: end, in: characters)
            {
                return true
            }
        }
        // `6.5%左右的增速可以实现比较充分的就业`, `有6.5%—7%的增速就能够实现…`, `5.5%左右的预期增长目标与…
        // 衔接`: a rate named as the subject or the condition of an argument about the target states nothing.
        if match.isPercentage, end < characters.count, characters[end] == "的",
            case let named = end + 1 + (characters[(end + 1)...].starts(with: "预期") ? 2 : 0),
            let measure = measureNouns.first(where: { characters[named...].starts(with: $0) })
        {
            let then = characters[(named + measure.count)...].prefix(3)
            if clauseStart(before: match.span.lowerBound, in: characters) == match.span.lowerBound
                || ["就", "才", "可以", "能够"].contains(where: { then.starts(with: $0) })
            {
                return true
            }
        }
        // `纳入国家102项重大工程的285个计划新开工项目`: a count inside the modifier of another count
        // says which of those are meant.
        let modified = characters[end..<min(characters.count, end + 12)].prefix { !clauseBreaks.contains($0) }
        if let particle = modified.firstIndex(of: "的"), modified[end..<particle].allSatisfy(\.isHan), particle + 1 < characters.count,
            characters[particle + 1].digitValue != nil || (particle + 2 < characters.count && "近超约逾".contains(characters[particle + 1])
                && characters[particle + 2].digitValue != nil)
        {
            return true
        }
        // `推动11个能源重点领域项目投资突破2000亿元`, `74个重点城市细颗粒物（PM2.5）平均浓度下降9.1%`:
        // a count naming whose measure the next number is says which things are meant.
        if countingUnits.contains(withoutMagnitude(match.quantity.unit)) {
            let named = characters[end..<min(characters.count, end + 24)].prefix { $0.isHan || "（）().".contains($0) || $0.isASCIILetter || $0.isASCII && $0.isNumber }
            let measured = String(named)
            if let measure = measuresNamedAfterCounts.first(where: { measured.contains($0) }),
                let after = measured.literalRange(of: measure)?.upperBound,
                case let rest = measured.distance(from: after, to: measured.endIndex),
                end + named.count - rest < characters.count,
                characters[(end + named.count - rest)...].prefix(rest + 2).contains(where: { $0.digitValue != nil })
            {
                return true
            }
        }
        // `15个主平台新承接产业转移项目约700个`: a count opening its clause, whose things do what the
        // next number of the clause counts, says only which things did it.
        if countingUnits.contains(withoutMagnitude(match.quantity.unit)), clauseStart(before: match.span.lowerBound, in: characters) == match.span.lowerBound {
            let rest = characters[end..<min(characters.count, end + 24)].prefix { !clauseBreaks.contains($0) && $0 != "、" }
            if let next = rest.firstIndex(where: { $0.digitValue != nil }), case let between = String(characters[end..<next]),
                between.allSatisfy(\.isHan), case let deed = between.dropFirst(2),
                deed.contains("新") || countedDeeds.contains(where: deed.containsLiterally) || wordVerbs.contains(where: deed.containsLiterally),
                // The next number counts things too (`约700个`), not a year in a name (`进入2024中国…500强`).
                let unit = characters[next...].first(where: { $0.digitValue == nil && !".多余".contains($0) }),
                countingUnits.contains(String(unit)) || "万亿千".contains(unit)
            {
                return true
            }
        }
        // `提供24小时免费心理疏导`, `1小时交通圈`: a duration naming a kind of service or reach.
        if durationUnits.contains(match.quantity.unit), end < characters.count, characters[end].isHan, !"以内之左前后".contains(characters[end]) {
            return true
        }
        let lead = String(characters[clauseStart(before: start, in: characters)..<start])
        // `连续24个月保持两位数增长`: how long something has held is no fact, nor how early it was
        // done (`提前3个月实现100%交付`).
        if ["连续", "提前", "提早"].contains(where: lead.hasSuffix) { return true }
        // `新增荆州、孝感、黄冈3个过三千亿元城市`: an amount between a count and what it counts is the
        // bar the things cleared, part of their name.
        if start >= 3, "过超".contains(characters[start - 1]), countingUnits.contains(String(characters[start - 2])),
            characters[start - 3].chineseDigit != nil || characters[start - 3].digitValue != nil
        {
            return true
        }
        // `超额完成国家下达的110万人年度任务`: the size of a task set, restated beside what was done.
        if lead.hasSuffix("的"), String(characters[end...].prefix(while: \.isHan).prefix(6)).hasSuffix("任务") { return true }
        // `现在国内生产总值每增长1个百分点的增量`: a number after `每` is a unit of reckoning.
        if lead.hasSuffix("每") || ["增长", "增加", "提高", "下降"].contains(where: { lead.hasSuffix("每" + $0) }) { return true }
        // `今年高校毕业生将高达765万人`: how many people there will be is a forecast the plan
        // answers, not a target.
        if match.quantity.unit.hasSuffix("人"), ["将达", "将高达", "将达到", "将超过"].contains(where: lead.hasSuffix) { return true }
        // `13亿多人口的发展中大国`: a population is the setting, not a result.
        if match.quantity.unit.hasSuffix("人"), end < characters.count, characters[end] == "口" { return true }
        // `我国60岁以上人口已达2.5亿`, `实时人口1.5亿左右`: how many people of an age or a place there
        // are is the setting too (not people a policy names: `易地扶贫搬迁人口`, `农村贫困人口`).
        if match.direction == nil || match.direction == .reach, !match.isPercentage {
            var named = Substring(lead)
            for verb in ["已达到", "已达", "达到", "达", "超过", "已超过", "为", "约", "近", "超"] where named.hasSuffix(verb) {
                named = named.dropLast(verb.count)
            }
            if named.hasSuffix("人口"), case let kind = named.dropLast(2),
                kind.isEmpty || populationKinds.contains(where: kind.hasSuffix)
            {
                return true
            }
            // `今年高校毕业生超过1000万人`, `我国有2.9亿在校学生`, `9亿多劳动力…是我们最大的资源`: how
            // many people stand in a state (graduating, at school, of working age) is what the plan
            // answers, not what it sets; a deed before the number (`支持1万名高校毕业生`) counts.
            let noun = String(characters[end...].prefix(while: \.isHan))
            let saysThereAre = lead.isEmpty || lead.hasSuffix("有") || (lead.hasSuffix("、") && lead.contains("有"))
            if peopleInAState.contains(where: named.hasSuffix) || (saysThereAre && peopleInAState.contains(where: noun.hasPrefix)) {
                return true
            }
        }
        // `95%以上的村集体经营性收入超过10万元`: after a share opening its clause, the amount its things
        // pass is the bar that defines them.
        if lead.first?.isNumber == true, let mark = lead.firstIndex(of: "的"),
            lead[..<mark].hasSuffix("%") || ["%以上", "%左右", "%以下"].contains(where: lead[..<mark].hasSuffix)
        {
            return true
        }
        // `长江沿线1公里化工腾退地块`: a distance from a line names the area a measure covers.
        if ["沿线", "两岸", "两侧", "周边"].contains(where: lead.hasSuffix), end < characters.count, characters[end].isHan { return true }
        // `地区生产总值五年跨过3个万亿级关口`: milestones passed are counted by the number itself.
        if countingUnits.contains(match.quantity.unit),
            milestoneNouns.contains(where: { $0.count > 1 && String(characters[end...].prefix(while: \.isHan).prefix(6)).hasSuffix($0) })
        {
            return true
        }
        // `国家公布产量的104种工业产品中，我省…的有44种`: the things a part is counted among.
        if case let noun = characters[end...].prefix(while: \.isHan), noun.count >= 2, noun.last == "中",
            noun.endIndex < characters.count, characters[noun.endIndex] == "，"
        {
            return true
        }
        // `近14亿中国人的饭碗`: people a number counts only to describe what is theirs.
        if match.direction == nil, Lexis.magnitudes.contains(match.quantity.unit) || match.quantity.unit.hasSuffix("人"),
            case let noun = characters[end...].prefix(while: \.isHan), let mark = noun.firstIndex(of: "的"), mark > end,
            let last = characters[mark - 1] as Character?, "人民众".contains(last), mark - end <= 4
        {
            return true
        }
        // `a population of over 1.3 billion`, `a population close to 1.4 billion`.
        if match.isEnglish {
            let words = String(characters[max(0, start - 40)..<start]).lowercased().split(separator: " ").suffix(4)
            if let population = words.lastIndex(where: { $0.hasPrefix("population") }),
                words[(population + 1)...].allSatisfy({ ["of", "close", "to", "nearly", "over", "about", "around", "more", "than", "almost", "some"].contains($0) })
            {
                return true
            }
        }
        // `7.95 million students will graduate from college`: what people will do of themselves is
        // a forecast the plan answers, not its target.
        if match.isEnglish {
            let lead = characters[clauseStart(before: match.span.lowerBound, in: characters)..<match.span.lowerBound]
            let rest = String(characters[end..<clauseEnd(after: end, in: characters)])
            let afterWith = String(lead).lowercased().split(separator: " ").last == "with"
            if lead.allSatisfy(\.isWhitespace) || afterWith, EnglishNounPhrase.isPeoplesOwnDoing(rest, afterWith: afterWith) {
                return true
            }
            // `there will be up to 7.65 million college graduates`, `the number of college graduates will
            // reach 7.49 million`, `… aged 60 and above has now reached 250 million`: how many people
            // there are is the setting, as a population is.
            let leadToNumber = String(characters[lead.startIndex..<match.numberSpan.lowerBound])
            if EnglishNounPhrase.countsPeopleThatAre(lead: leadToNumber, rest: rest) { return true }
        }
        if focusVerbs.contains(where: { characters[max(0, start - $0.count)..<start].elementsEqual($0) }) { return true }
        // `提升39个欠发达县域托底性帮扶质效`, `做优做强5个国家先进制造业集群`, `支持29个扩权赋能县（市）
        // 率先高质量发展`: things a plan strengthens or supports already are; their count is the reach
        // of the measure, not something it makes.
        var verbLead = Substring(lead)
        for qualifier in ["超", "近", "约"] where verbLead.hasSuffix(qualifier) { verbLead = verbLead.dropLast(qualifier.count) }
        if match.direction == nil, strengtheningVerbs.contains(where: verbLead.hasSuffix), !countedDeeds.contains(where: verbLead.hasSuffix) {
            return true
        }
        // `做好以下10个方面工作`: a count of the report's own parts of an argument.
        if discourseNouns.contains(where: { characters[match.span.upperBound...].starts(with: $0) }) { return true }
        // `出台十条支持措施`, `29项主要指标`, `314项改革任务`, `30件民生实事`, `审议地方性法规9项`,
        // `办理建议877件`: a count of the government's own measures, tasks, indicators or papers.
        // `营商环境评价8个一级指标` counts indicators in `个`.
        let counted = String(characters[end..<min(characters.count, end + 10)].prefix { $0.isHan })
        if match.quantity.unit == "个", String(counted.prefix(6)).contains("指标") { return true }
        if ["条", "项", "件", "部"].contains(match.quantity.unit) {
            let lead = String(characters[max(0, start - 12)..<start].reversed().prefix { $0.isHan }.reversed())
            if (instrumentNouns + paperNouns).contains(where: counted.containsLiterally) || paperNouns.contains(where: lead.hasSuffix) {
                return true
            }
        }
        return isQuoted(start, in: characters)
    }

    /// Whether `offset` stands inside a short Chinese quotation (`“21条”`, `“退役军人最期盼的10件事”`).
    static func isQuoted(_ offset: Int, in characters: [Character]) -> Bool {
        var open = offset - 1
        while open >= 0, offset - open <= 12, characters[open] != "“" {
            if characters[open] == "”" || clauseBreaks.contains(characters[open]) { return false }
            open -= 1
        }
        guard open >= 0, characters[open] == "“" else { return false }
        var close = offset
        while close < characters.count, close - open <= 16 {
            if characters[close] == "”" { return true }
            if characters[close] == "“" || "。；;".contains(characters[close]) { return false }
            close += 1
        }
        return false
    }

    /// English words before a bound on whom a measure reaches.
    /// Words joining the bounds of a band (`above $13,000 and up to $21,000`).
    static let bandWords: Set<String> = ["and", "above", "below", "up", "to", "not", "more", "less", "than", "at", "least", "over", "under"]

    static let englishBoundingWords: Set<String> = ["earning", "making", "aged", "paying"]

    /// Words naming a rule's limit rather than a result (`上限`, `起征点`, `应纳税所得额`).
    static let thresholdWords = ["上限", "下限", "起征点", "门槛", "限额", "封顶线", "应纳税所得额", "不到", "不足"]

    /// Where the clause going on at `offset` ends, looking at most `limit` characters ahead.
    static func clauseEnd(after offset: Int, in characters: [Character], limit: Int = 80) -> Int {
        var end = offset
        while end < characters.count, !breaksClause(at: end, in: characters), end - offset < limit {
            end += 1
        }
        return end
    }

    /// Whether the character at `index` ends a clause: clause punctuation, but not a comma grouping
    /// digits; an en dash set between spaces (`this was what happened last year – real incomes grew`)
    /// breaks an English clause as a comma does.
    static func breaksClause(at index: Int, in characters: [Character]) -> Bool {
        if characters[index] == "–" {
            return index > 0 && index + 1 < characters.count && characters[index - 1] == " " && characters[index + 1] == " "
        }
        return clauseBreaks.contains(characters[index]) && !isThousandsSeparator(at: index, in: characters)
    }

    /// `16,000`: a comma between digits groups them and breaks no clause.
    static func isThousandsSeparator(at index: Int, in characters: [Character]) -> Bool {
        characters[index] == "," && index > 0 && index + 1 < characters.count
            && characters[index - 1].digitValue != nil && characters[index + 1].digitValue != nil
    }

    /// Where the clause holding `offset` starts: after the last clause punctuation before it.
    /// Breaks inside brackets (`县（市、区）`) split no clause.
    static func clauseStart(before offset: Int, in characters: [Character]) -> Int {
        var cursor = min(offset, characters.count)
        var depth = 0
        while cursor > 0, offset - cursor < 200 {
            let character = characters[cursor - 1]
            if character == "）" || character == ")" {
                depth += 1
            } else if character == "（" || character == "(" {
                depth = max(depth - 1, 0)
            } else if depth == 0, breaksClause(at: cursor - 1, in: characters) {
                return cursor
            }
            cursor -= 1
        }
        return cursor
    }

    /// The clause with the fillers around its subject removed: `全年完成` → ``, `全市快递业务量` → `快递业务量`.
    static func cleaned(_ phrase: String) -> String {
        var text = phrase.trimmingCharacters(in: .whitespaces)
        text.removeAll { $0 == "“" || $0 == "”" || $0 == "\"" }
        // `使用外资比十三五时期`: the earlier time a number is set against is no part of its name.
        if let cut = timeComparisonStart(in: Array(text)) { text = String(text.prefix(cut)) }
        // `三是对…`, `十三是维修…`, `7.实施…`: the item's number in a list of tasks names nothing.
        if let dot = text.firstIndex(where: { $0 == "." || $0 == "．" }), dot > text.startIndex, text[..<dot].allSatisfy({ $0.isASCII && $0.isNumber }) {
            text = String(text[text.index(after: dot)...])
        }
        let numerals = text.prefix { "一二三四五六七八九十".contains($0) }
        if !numerals.isEmpty, text.dropFirst(numerals.count).hasPrefix("是") { text.removeFirst(numerals.count + 1) }
        // `工业企业利润由上年`, `基础养老金最低标准从每月`, `全员劳动生产率从人均`: where a change
        // starts from names nothing.
        if let marker = text.lastIndex(where: { $0 == "由" || $0 == "从" }), marker > text.startIndex,
            text[text.index(before: marker)] != "自", text.distance(from: marker, to: text.endIndex) <= 6,
            text[text.index(after: marker)...].first.map({ "上去每前原人".contains($0) || $0.isNumber }) ?? true
        {
            text = String(text[..<marker])
        }
        // `外贸进出口在对美贸易下降超3成的情况下`: the circumstances a number came about in name nothing.
        if let opening = text.literalRange(of: "在"),
            let circumstance = ["情况下", "背景下", "形势下", "条件下"].compactMap({ text.literalRange(of: $0, from: opening.upperBound) }).first,
            circumstance.upperBound == text.endIndex
        {
            text = String(text[..<opening.lowerBound])
        }
        // `城乡低保标准提高到每月`: how a level was reached, and per what, name nothing.
        let per = ["每人每月", "每人每年", "每月", "每年"].first(where: text.hasSuffix) ?? ""
        if let verb = reachingWords.first(where: { text.dropLast(per.count).hasSuffix($0) }),
            text.count > per.count + verb.count + 1
        {
            text.removeLast(per.count + verb.count)
        }
        // `初步核算2018年地区生产总值`, `（下同）实现本区生产总值`: how a figure was counted, or a note
        // that it holds for the rest, names nothing.
        while let report = reportingWords.first(where: text.hasPrefix), text.count > report.count + 1 { text.removeFirst(report.count) }
        // `非常规天然气产量2030年`, `2015年城镇常住居民人均可支配收入`: the year a number is of or due is
        // no part of its name.
        if text.count > 5 { text.removeLast(Array(text).yearPhraseLength(endingAt: text.count)) }
        if text.count > 7, text.prefix(4).allSatisfy({ $0.isASCII && $0.isNumber }), text.dropFirst(4).first == "年" {
            text.removeFirst(5)
        }
        var changed = true
        while changed, !text.isEmpty {
            changed = false
            // `全市性督查检查`, `再就业`, `建设用地`, `办理时间`: a filler that binds into a longer word
            // stays, as does a verb that a head noun of its own follows.
            // `办结率`: nor does one that leaves a single character.
            for filler in leadingFillers
            where text.hasPrefix(filler) && text.count != filler.count + 1 && !verbNounHeads.contains(where: { text.dropFirst(filler.count).hasPrefix($0) })
                && !wordsHoldingFillers.contains(where: { $0.hasPrefix(filler) && text.hasPrefix($0) })
            {
                text.removeFirst(filler.count)
                changed = true
            }
            for filler in trailingFillers
            where text.hasSuffix(filler) && !wordsHoldingFillers.contains(where: { $0.hasSuffix(filler) && text.hasSuffix($0) }) {
                text.removeLast(filler.count)
                changed = true
            }
        }
        // `水利投资连续两年`, `…比例连续3年（保持）`, `一般性支出连续5年压减比例`: how long a number has
        // held is no part of its name.
        if let run = text.literalRange(of: "连续"),
            case let length = text[run.upperBound...].prefix(while: { "一两二三四五六七八九十个".contains($0) || $0.isNumber }), !length.isEmpty,
            case let unitEnd = text.index(run.upperBound, offsetBy: length.count), unitEnd < text.endIndex, "年月".contains(text[unitEnd])
        {
            text = String(text[..<run.lowerBound]) + text[text.index(after: unitEnd)...]
        }
        // `(推动)11个能源重点领域项目投资`: a count that only says which things are measured names nothing.
        if let unit = text.firstIndex(where: { countingUnits.contains(String($0)) }), unit > text.startIndex,
            text.prefix(upTo: unit).allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "." }), text.index(after: unit) < text.endIndex
        {
            text = String(text[text.index(after: unit)...])
        }
        // A long name keeps its head: whole list items are dropped from its front first.
        while text.count > 24, let separator = text.firstIndex(where: { $0 == "、" || $0 == "，" }) {
            text = String(text[text.index(after: separator)...])
        }
        // `产值占农林牧渔业总产值的80%以上`: the share of a whole, named as one.
        if text.hasSuffix("的"), text.dropLast().contains("占"), !text.contains("占比"), !text.contains(where: \.isNumber) {
            text = String(text.dropLast()) + "比重"
        }
        // `其中区外就业占12%以上`, `棉花产量占全国九成以上`: what takes a share, with the share named.
        if text.hasSuffix("占"), text.count >= 3, text.allSatisfy(\.isHan) { text += "比" }
        if let whole = wholePlaces.first(where: { text.hasSuffix("占" + $0) }), text.count > whole.count + 2 { text += "比重" }
        return String(text.suffix(24))
    }

    /// Where `比`/`较` (or `同比`, `环比`) sets the words before it against an earlier time, if it does.
    static func timeComparisonStart(in characters: [Character]) -> Int? {
        for (index, character) in characters.enumerated() where character == "比" || character == "较" {
            if index > 0, character == "比", "同环".contains(characters[index - 1]) { return index - 1 }
            let rest = characters[(index + 1)...]
            guard let next = rest.first, !comparesNothing(before: index > 0 ? characters[index - 1] : " ", after: next)
            else { continue }
            if comparesWithTime(String(rest)) { return index }
        }
        return nil
    }

    /// `比重`, `占比`, `较快`, `比较`, `评比`: 比 or 较 inside a word that compares nothing, told by
    /// the characters around it.
    static func comparesNothing(before: Character, after: Character) -> Bool {
        "重例率值如较快大好为".contains(after) || "占对相之评".contains(before)
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
        "全市", "全省", "全区", "全县", "全国", "全社会", "全年", "今年", "去年", "上年", "我市", "我省", "我国", "城市", "确保",
        "力争", "实现", "推动", "预计", "完成", "达到", "发行", "安排", "其中", "全体", "目标", "是", "为", "和", "及",
        "与", "新增", "拟", "再", "减少", "降低", "下降", "压减", "年末", "年底", "期末", "平均", "提出", "包括",
    ]

    static let otherHeads = [
        "率", "比重", "占比", "贡献", "比例", "份额", "零售额", "人均", "之比", "增量",
        // Per land (`地区生产总值地均集约度48.6亿元/平方公里`) and the posts of a count of people
        // (`新增就业岗位`) are other measures.
        "地均", "亩均", "集约度", "岗位",
    ]

    /// English words that narrow an indicator's name to a part of the whole.
    static let englishNarrowingWords: Set<String> = ["central", "local", "online", "provincial", "municipal", "county"]

    /// English heads that take an indicator as their complement (`share of GDP`, `the contribution of
    /// technological advances to economic growth`).
    static let englishOtherHeads = [
        "share of", "proportion of", "percentage of", "percent of", "contribution", "ratio of", "per unit of", "% of",
    ]

    static let leadingFillers = [
        "全市", "全省", "全国", "全年", "我市", "我省", "我国", "我区", "我县", "去年底", "去年末", "今年底", "上年末", "年底", "年末",
        "今年", "去年", "年内", "其中", "同时", "累计", "一年来", "近三年", "三年来", "五年来", "近五年", "过去五年", "末", "预计",
        "分别", "完成", "实现", "重点实施", "实施", "加快", "推动", "开展", "发放", "抓实抓好", "力争", "确保", "比上年",
        "较上年", "同比", "同口径", "可比口径",
        // A leading verb that only says the government did something names nothing; one that says
        // what was done to the things counted stays (`新建智能化煤矿60座` counts new mines, not all).
        "兑现", "出台", "办理", "推介", "下达", "提请审议", "办结", "发行", "统筹", "落地执行", "安排", "提出", "包括",
        // Modals and adverbs of a plan (`要再压减钢铁产能`), and the verbs of a joint verb (`新建改建`).
        "要", "再", "继续", "还要", "并", "的", "将", "改建", "停建", "缓建", "淘汰", "有序", "稳步",
        // The aspect mark of a deed before its object (`化解了…历史成本`) is no part of the name.
        "了",
    ]

    /// How a figure was counted, or a note that it holds below, at a name's front.
    static let reportingWords = ["据初步核算", "初步核算", "据初步统计", "初步统计", "据统计", "预计", "（下同）", "(下同)"]

    static let trailingFillers = [
        "达到", "完成", "实现", "分别", "年均", "平均", "实际", "同比", "比上年", "较上年", "累计", "总计", "合计", "均", "为",
        "是", "有", "在", "稳定", "保持", "控制", "超", "再", "新", "打造", "培育", "全年",
        "已", "共", "首次", "五年", "各", "持续", "达", "年初预算", "惠及", "由", "从", "跨上", "迈上", "要", "继续",
        "并", "也", "都", "又", "将", "基本", "予以", "预期", "年内", "至少",
        // `经营主体净增98万户`: a net change's 净 stands before its verb; `出口逆势增长17.8%`.
        "净", "逆势",
        // A record, a resolve or how smoothly or how much (`吞吐量创历史新高`, `旅游人数力争`,
        // `考核评比项目大幅`) is said of the name, not part of it.
        "再创历史新高", "创历史新高", "再创新高", "创新高", "力争", "确保", "大幅", "顺利",
        // Adverbs of time or pace (`开工的市政道路已经`, `文体项目陆续`).
        "已经", "逐步", "陆续",
    ]

    /// Heads that make a noun of the verb before them (`建设用地`, `办理时间`, `审批环节`).
    static let verbNounHeads = ["性", "用地", "时间", "时限", "周期", "环节", "成本", "费用"]

    /// Words that begin or end with a filler without being one (`再就业`, `主要`).
    static let wordsHoldingFillers = [
        "要素", "要求", "要点", "要件", "要害", "再生", "再贷款", "再就业", "再保险", "再融资", "再制造", "需要", "主要", "重要", "开发区",
        "开发性", "发布会", "储备粮", "了解",
        "必要", "首要", "纲要", "摘要", "概要", "合并", "兼并", "并网", "并购", "并联", "将来", "首都", "干净", "洁净",
        "纯净", "行为", "作为", "因为",
    ]

    /// Kinds of places, bare however long (`“青字号”农产品远销54个国家和地区`).
    static let placeKinds: Set<String> = ["国家和地区", "省区市", "省（区、市）", "省份", "国家", "地区", "城市"]

    /// The rate of a cut, named after the verb of cutting (`压减比例`).
    static let cutRates: Set<String> = ["比例", "幅度", "比率"]

    /// Heads of a work or a plan that a verb before names (`提升项目`, `改造工程`, `建设行动`).
    static let workHeads = ["项目", "工程", "行动", "计划"]

    /// Words that hold a verb of `verbs` without being one (`欠发达县域`).
    static let wordsHoldingVerbs = [
        "发达", "到达", "表达", "通达", "为民", "在线", "被动", "新开工", "新投产", "纵向", "横向", "定向", "导向", "方向", "双向",
        "所在",
    ]

    /// Adverbs a count's noun may run into (`116个国家和地区近4000名`, `822所普通高中全覆盖`).
    /// Adverbs and modals that may close a noun cut before its verb (`项目要加快建设` → `项目`).
    static let trailingAdverbs: Set<Character> = ["近", "全", "约", "超", "均", "共", "达", "逾", "要", "将"]

    /// The verbs of two characters or more, which a name's characters do not form by chance.
    static let wordVerbs = verbs.filter { $0.count >= 2 }

    static let verbs = [
        "集中", "开工", "建成", "投产", "注册", "入园", "完成", "实现", "达到", "纳入", "入选", "获得", "获批",
        "落地", "签约", "发放", "受益", "参与", "加快", "推进", "开展", "提升", "开通", "全部", "实施", "覆盖",
        "惠及", "新增", "增长", "得到", "通过", "用于", "进入", "保障", "上榜", "送上", "认定", "在", "为", "被", "向",
        "从", "由", "成为", "达", "的", "支持", "成效", "联合试运转", "取得", "启用", "试运行", "运行", "揭牌", "投放",
        "提供", "显著", "有力", "叫好", "位居", "排名", "居全", "跻身", "获评", "扎实", "稳步", "有序", "全面",
        "实行", "让", "获", "增选", "当选", "免费", "予以", "新获评", "新入选", "大幅", "设置", "引入", "参赛", "升格",
        "位列", "享受", "投入运行", "投入使用", "赴",
    ]

    static let englishStopWords: Set<String> = [
        "by", "of", "the", "to", "and", "a", "an", "in", "for", "over", "more", "than", "about", "around", "nearly",
        "at", "least", "is", "was", "are", "were", "be", "that", "this", "with", "from", "on", "up", "down", "just",
        "almost", "roughly", "approximately", "under", "less", "no", "most",
    ]
}
