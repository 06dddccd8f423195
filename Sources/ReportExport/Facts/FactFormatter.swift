import Foundation
import LibXML
import ReportModel
import ReportText

/// Writes facts for people and programs: a readable table, CSV (RFC 4180) and XML.
public enum FactFormatter {
    /// The CSV columns, in order.
    /// `period` is the fact's years (`2024`, `2021-2025`); `headline` is `yes` for a number of the list of main targets.
    public static let csvHeader = "id,role,indicator,subject,measure,year,value,unit,qualifier,section,text,period,headline"

    /// One row per fact after the header; lines end in CRLF as RFC 4180 asks.
    /// - Complexity: O(n) in the total length of the facts.
    public static func csv(_ facts: [Fact]) -> String {
        var lines = [csvHeader]
        for fact in facts {
            let fields = [
                fact.id, fact.role.rawValue, fact.indicator ?? "", fact.subject, fact.measure.rawValue,
                fact.year.map(String.init) ?? "", value(of: fact.quantity), fact.quantity.unit,
                fact.quantity.qualifier?.rawValue ?? "", fact.sectionID, fact.sentence,
                fact.period?.description ?? "", fact.isHeadline ? "yes" : "",
            ]
            lines.append(fields.map(\.csvField).joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// A table with aligned columns (Han characters count two columns); the year column shows a
    /// period (`2021-2025`) for a number of several years, and headline facts are starred.
    /// - Complexity: O(n) in the total length of the facts.
    public static func table(_ facts: [Fact]) -> String {
        let header = ["id", "role", "indicator", "measure", "year", "value", "subject"]
        let rows = facts.map { fact in
            [
                fact.id, (fact.isHeadline ? "*" : "") + fact.role.rawValue, fact.indicator ?? "-", fact.measure.rawValue,
                fact.period?.description ?? "-", reading(of: fact.quantity), fact.subject,
            ]
        }
        return TextTable.lines([header] + rows).joined(separator: "\n") + "\n\(facts.count) facts\n"
    }

    /// `<facts xmlns="urn:report-diff:archive:1" version="2">` (the archive vocabulary) with one `fact` element per fact,
    /// its sentence as content; empty attributes are left out. Validated before it is returned.
    /// - Throws: `ArchiveError.invalid` if the document breaks the schema (a bug).
    /// - Complexity: O(n) in the total length of the facts.
    public static func xml(_ facts: [Fact], source: String) throws(ArchiveError) -> Data {
        let writer = ArchiveWriter.start("facts")
        writer.attribute("source", value: source)
        for fact in facts { write(fact, to: writer) }
        writer.endElement()
        return try ArchiveWriter.validated(writer)
    }

    /// Writes one `fact` element: its properties as attributes (empty ones left out), its
    /// sentence as content. The archive of a comparison uses the same element.
    package static func write(_ fact: Fact, to writer: some XMLOutput) {
        writer.startElement("fact")
        let period = fact.period.map { $0.isYear ? "" : $0.description } ?? ""
        let attributes: [(String, String)] = [
            ("id", fact.id), ("role", fact.role.rawValue), ("indicator", fact.indicator ?? ""),
            ("subject", fact.subject), ("measure", fact.measure.rawValue),
            ("year", fact.year.map(String.init) ?? ""),
            ("period", period),
            ("headline", fact.isHeadline ? "yes" : ""), ("value", "\(fact.quantity.value)"),
            ("upper", fact.quantity.upperValue.map { "\($0)" } ?? ""), ("unit", fact.quantity.unit),
            ("qualifier", fact.quantity.qualifier?.rawValue ?? ""), ("section", fact.sectionID),
            ("sentence", fact.sentenceID),
        ]
        for (name, value) in attributes where !value.isEmpty {
            writer.attribute(name, value: value)
        }
        writer.text(fact.sentence)
        writer.endElement()
    }

    /// `6—6.5` for an interval, else the plain decimal.
    public static func value(of quantity: Quantity) -> String { quantity.valueText }

    /// `5% 以上`, `1200万人 以上`, `6—6.5%`, `2 trillion dollars`: the quantity as a reader writes
    /// it, the qualifier a word apart.
    public static func reading(of quantity: Quantity) -> String {
        quantity.numberAndUnit + (quantity.qualifier.map { " " + $0.rawValue } ?? "")
    }
}
