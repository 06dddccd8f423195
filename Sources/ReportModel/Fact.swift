import Foundation

/// Whether a fact states what was achieved or what is aimed for.
public enum FactRole: String, Sendable, Hashable, CaseIterable {
    case target, outcome
}

/// What a number measures.
public enum Measure: String, Sendable, Hashable, CaseIterable {
    /// Change on the previous year (`增长5%`, `下降2.5%`).
    case growth
    /// An amount (`2458.8亿元`, `1256万人`).
    case level
    /// A percentage that is itself a level (`失业率5.5%`, `占比12%`).
    case rate
}

/// Which way an indicator should move, deciding whether an outcome meets a target.
public enum Polarity: String, Sendable, Hashable, CaseIterable {
    case higherIsBetter = "higher"
    case lowerIsBetter = "lower"
    /// A limit not to be exceeded (CPI `3%左右`): any outcome at or below it meets it.
    case ceiling
}

/// How a number is hedged, normalised to one word.
public enum Qualifier: String, Sendable, Hashable, CaseIterable {
    case atLeast = "以上"
    case below = "以下"
    case around = "左右"
    case within = "以内"
    case notLessThan = "不低于"
    case notMoreThan = "不超过"
    case over = "超过"
    case breakthrough = "突破"
    case nearly = "近"
    case about = "约"
    case more = "多"
}

/// A number with its unit and hedge: `5.5%左右`, `1.3万亿斤以上`, `6%—6.5%`.
public struct Quantity: Sendable, Hashable {
    /// Signed: `降低2.5%` is −2.5.
    public var value: Decimal
    /// The upper bound of an interval (`6%—6.5%`), else `nil`.
    public var upperValue: Decimal?
    /// The unit with its magnitude folded in: `亿元`, `万人`, `%`, `万亿斤`, `微克/立方米`.
    public var unit: String
    public var qualifier: Qualifier?

    public init(value: Decimal, upperValue: Decimal? = nil, unit: String, qualifier: Qualifier? = nil) {
        self.value = value
        self.upperValue = upperValue
        self.unit = unit
        self.qualifier = qualifier
    }
}

/// A quantified statement read from one sentence: who or what, measured how, in which year,
/// and whether it is a target or an outcome.
public struct Fact: Sendable, Hashable, Identifiable {
    /// `<sentence id>.f<n>`: stable within one report.
    public var id: String
    public var role: FactRole
    /// The canonical indicator id from the lexicon (`gdp`), or `nil` outside it.
    public var indicator: String?
    /// The words naming what is measured, as written (`地区生产总值`, `精品示范村`).
    public var subject: String
    public var measure: Measure
    /// The year the number speaks of.
    public var year: Int?
    /// The years the number speaks of: one year, or a period for five-year figures
    /// (`“十三五”时期…5000万人以上`, `过去五年…累计`). Annual scorecard rows use one-year facts only.
    public var period: Period?
    /// Read from the report's list of main targets for the year (`今年发展主要预期目标是：…`).
    public var isHeadline: Bool
    public var quantity: Quantity
    public var sectionID: String
    public var sentenceID: String
    /// The whole sentence the fact was read from.
    public var sentence: String

    public init(
        id: String, role: FactRole, indicator: String?, subject: String, measure: Measure, year: Int?,
        period: Period? = nil, isHeadline: Bool = false, quantity: Quantity, sectionID: String, sentenceID: String,
        sentence: String
    ) {
        self.id = id
        self.role = role
        self.indicator = indicator
        self.subject = subject
        self.measure = measure
        self.year = year
        self.period = period ?? year.map(Period.init(year:))
        self.isHeadline = isHeadline
        self.quantity = quantity
        self.sectionID = sectionID
        self.sentenceID = sentenceID
        self.sentence = sentence
    }
}

extension Fact {
    /// Deeds that make things, longest first: one year's plan says `打造40个精品示范村`, the next
    /// year's review `建成34个精品示范村`, and both count the same new things.
    public static let makingDeeds = ["新培育", "新建", "建设", "建成", "打造", "创建", "培育", "新增", "组建"]
}
