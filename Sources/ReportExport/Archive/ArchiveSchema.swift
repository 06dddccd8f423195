import Foundation
import LibXML

/// The RELAX NG schema of the archive vocabulary: every document report-diff writes is checked
/// against it before it is written. It is kept in the binary, so the tool never runs without it.
public enum ArchiveSchema {
    /// The schema, as `report-diff schema` prints it; its opening comment is the element reference.
    public static let text = #"""
<?xml version="1.0" encoding="UTF-8"?>
<!--
  report-diff archive vocabulary, version 1. Namespace urn:report-diff:archive:1.

  comparison   one comparison of two reports: provenance, both reports whole, the alignment,
               the text edits, the facts of each, the scorecard and the phrase changes.
  report       one report: metadata, diagnostics and its outline. A paragraph's string value is
               its exact text (white space between sentences is written between the sentence
               elements; line breaks inside a paragraph element are indentation only).
  facts        the quantified facts of a report, one fact element each, its sentence as content.
  review       a reviewer's marks on the changes of one comparison (from the HTML view).
  series       one issuer's scorecard over all its years, with the reports it was made from.
  index        what a batch run holds: every issuer, its reports, pairs and scorecard summary.

  Ranges read "line:column-line:column" (1-based; end exclusive). Ids are stable within one
  report: part3.sec1.lead2.p1.s4.
-->
<grammar xmlns="http://relaxng.org/ns/structure/1.0"
         ns="urn:report-diff:archive:1"
         datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes">
  <start>
    <choice>
      <ref name="comparison"/>
      <ref name="standaloneReport"/>
      <ref name="standaloneFacts"/>
      <ref name="review"/>
      <ref name="series"/>
      <ref name="index"/>
    </choice>
  </start>

  <define name="version"><attribute name="version"><value>1</value></attribute></define>
  <define name="range"><attribute name="range"><data type="string"><param name="pattern">[0-9]+:[0-9]+-[0-9]+:[0-9]+</param></data></attribute></define>
  <define name="score"><data type="decimal"><param name="minInclusive">0</param><param name="maxInclusive">1</param></data></define>
  <define name="side"><choice><value>old</value><value>new</value></choice></define>

  <!-- A comparison -->
  <define name="comparison">
    <element name="comparison">
      <ref name="version"/>
      <ref name="provenance"/>
      <element name="report"><attribute name="role"><ref name="side"/></attribute><ref name="reportContent"/></element>
      <element name="report"><attribute name="role"><ref name="side"/></attribute><ref name="reportContent"/></element>
      <ref name="alignment"/>
      <ref name="edits"/>
      <element name="facts"><attribute name="report"><ref name="side"/></attribute><zeroOrMore><ref name="fact"/></zeroOrMore></element>
      <element name="facts"><attribute name="report"><ref name="side"/></attribute><zeroOrMore><ref name="fact"/></zeroOrMore></element>
      <optional><ref name="scorecard"/></optional>
      <ref name="phrases"/>
    </element>
  </define>

  <define name="provenance">
    <element name="provenance">
      <attribute name="tool"><text/></attribute>
      <attribute name="version"><text/></attribute>
      <optional><attribute name="generated-at"><text/></attribute></optional>
      <oneOrMore>
        <element name="input">
          <attribute name="role"><ref name="side"/></attribute>
          <attribute name="name"><text/></attribute>
          <attribute name="bytes"><data type="nonNegativeInteger"/></attribute>
          <attribute name="sha256"><data type="string"><param name="pattern">[0-9a-f]{64}</param></data></attribute>
          <attribute name="encoding"><text/></attribute>
          <ref name="format"/>
        </element>
      </oneOrMore>
      <zeroOrMore>
        <element name="option"><attribute name="name"><text/></attribute><attribute name="value"><text/></attribute></element>
      </zeroOrMore>
    </element>
  </define>

  <!-- How an input was read; absent in archives written before formats were recorded -->
  <define name="format">
    <optional><attribute name="format"><choice><value>text</value><value>html</value><value>pdf</value><value>docx</value></choice></attribute></optional>
  </define>

  <define name="alignment">
    <element name="alignment">
      <zeroOrMore>
        <element name="row">
          <attribute name="level"><choice><value>part</value><value>section</value><value>paragraph</value><value>sentence</value></choice></attribute>
          <attribute name="relation"><choice><value>matched</value><value>moved</value><value>split</value><value>merged</value><value>added</value><value>removed</value></choice></attribute>
          <attribute name="score"><ref name="score"/></attribute>
          <optional><attribute name="old"><text/></attribute></optional>
          <optional><attribute name="new"><text/></attribute></optional>
          <optional><attribute name="title-changed"><value>true</value></attribute></optional>
        </element>
      </zeroOrMore>
    </element>
  </define>

  <define name="edits">
    <element name="edits">
      <zeroOrMore>
        <element name="edit">
          <attribute name="old"><text/></attribute>
          <attribute name="new"><text/></attribute>
          <attribute name="similarity"><ref name="score"/></attribute>
          <zeroOrMore>
            <choice>
              <element name="eq"><text/></element>
              <element name="del"><text/></element>
              <element name="ins"><text/></element>
            </choice>
          </zeroOrMore>
          <zeroOrMore>
            <element name="number-change"><attribute name="old"><text/></attribute><attribute name="new"><text/></attribute></element>
          </zeroOrMore>
        </element>
      </zeroOrMore>
    </element>
  </define>

  <define name="scorecard">
    <element name="scorecard">
      <zeroOrMore>
        <element name="row">
          <attribute name="indicator"><text/></attribute>
          <attribute name="measure"><ref name="measure"/></attribute>
          <attribute name="year"><data type="integer"/></attribute>
          <optional><attribute name="period"><ref name="period"/></attribute></optional>
          <optional><attribute name="headline"><value>yes</value></attribute></optional>
          <optional><attribute name="verdict"><choice><value>met</value><value>missed</value><value>not-reported</value><value>not-comparable</value></choice></attribute></optional>
          <optional><attribute name="change"><choice><value>unchanged</value><value>raised</value><value>lowered</value><value>qualifier-changed</value><value>new</value><value>dropped</value><value>not-comparable</value></choice></attribute></optional>
          <optional><attribute name="target"><text/></attribute></optional>
          <optional><attribute name="outcome"><text/></attribute></optional>
          <optional><attribute name="next-target"><text/></attribute></optional>
          <optional><attribute name="target-fact"><text/></attribute></optional>
          <optional><attribute name="outcome-fact"><text/></attribute></optional>
          <optional><attribute name="next-target-fact"><text/></attribute></optional>
          <optional><attribute name="reason"><text/></attribute></optional>
        </element>
      </zeroOrMore>
    </element>
  </define>

  <define name="phrases">
    <element name="phrases">
      <zeroOrMore>
        <element name="phrase">
          <attribute name="text"><text/></attribute>
          <attribute name="old"><data type="nonNegativeInteger"/></attribute>
          <attribute name="new"><data type="nonNegativeInteger"/></attribute>
          <attribute name="kind"><text/></attribute>
          <!-- The ids of the sentences (and headings) using the phrase, space-separated. -->
          <optional><attribute name="old-sentences"><list><oneOrMore><data type="token"/></oneOrMore></list></attribute></optional>
          <optional><attribute name="new-sentences"><list><oneOrMore><data type="token"/></oneOrMore></list></attribute></optional>
        </element>
      </zeroOrMore>
    </element>
  </define>

  <!-- A report -->
  <define name="standaloneReport">
    <element name="report"><ref name="version"/><ref name="reportContent"/></element>
  </define>

  <define name="reportContent">
    <attribute name="encoding"><text/></attribute>
    <element name="metadata">
      <optional><attribute name="title"><text/></attribute></optional>
      <optional><attribute name="issuer"><text/></attribute></optional>
      <optional><attribute name="date"><data type="date"/></attribute></optional>
      <optional><attribute name="meeting"><text/></attribute></optional>
      <optional><attribute name="speaker"><text/></attribute></optional>
      <optional><attribute name="year"><data type="integer"/></attribute></optional>
      <optional><attribute name="continuation"><text/></attribute></optional>
    </element>
    <optional>
      <element name="diagnostics">
        <oneOrMore>
          <element name="diagnostic">
            <attribute name="severity"><choice><value>note</value><value>warning</value></choice></attribute>
            <attribute name="code"><text/></attribute>
            <optional><ref name="range"/></optional>
            <text/>
          </element>
        </oneOrMore>
      </element>
    </optional>
    <element name="outline">
      <ref name="range"/>
      <ref name="blocks"/>
    </element>
  </define>

  <define name="blocks">
    <zeroOrMore>
      <choice>
        <ref name="paragraph"/>
        <element name="section">
          <attribute name="id"><text/></attribute>
          <attribute name="kind"><choice><value>part</value><value>section</value><value>item</value><value>lead</value></choice></attribute>
          <optional><attribute name="number"><text/></attribute></optional>
          <attribute name="title"><text/></attribute>
          <optional><attribute name="role"><choice><value>review</value><value>plan</value><value>requirements</value><value>government</value><value>appendix</value><value>other</value></choice></attribute></optional>
          <optional><attribute name="year"><data type="integer"/></attribute></optional>
          <!-- the first and last year the section speaks of: 2024, or 2021-2025 for a period -->
          <optional><attribute name="period"><data type="string"><param name="pattern">[0-9]{4}(-[0-9]{4})?</param></data></attribute></optional>
          <ref name="range"/>
          <ref name="blocks"/>
        </element>
      </choice>
    </zeroOrMore>
  </define>

  <define name="paragraph">
    <element name="paragraph">
      <attribute name="id"><text/></attribute>
      <!-- written only where the paragraph's own cue (五年来, “十四五”时期) differs from its section's period -->
      <optional><attribute name="period"><data type="string"><param name="pattern">[0-9]{4}(-[0-9]{4})?</param></data></attribute></optional>
      <ref name="range"/>
      <mixed>
        <oneOrMore>
          <element name="sentence"><attribute name="id"><text/></attribute><ref name="range"/><text/></element>
        </oneOrMore>
      </mixed>
    </element>
  </define>

  <!-- Facts -->
  <define name="standaloneFacts">
    <element name="facts">
      <ref name="version"/>
      <optional><attribute name="source"><text/></attribute></optional>
      <zeroOrMore><ref name="fact"/></zeroOrMore>
    </element>
  </define>

  <!-- One year (2024) or first-last years (2021-2025) -->
  <define name="period"><data type="string"><param name="pattern">[0-9]{4}(-[0-9]{4})?</param></data></define>

  <define name="measure"><choice><value>growth</value><value>level</value><value>rate</value></choice></define>

  <define name="fact">
    <element name="fact">
      <attribute name="id"><text/></attribute>
      <attribute name="role"><choice><value>target</value><value>outcome</value></choice></attribute>
      <optional><attribute name="indicator"><text/></attribute></optional>
      <optional><attribute name="subject"><text/></attribute></optional>
      <attribute name="measure"><ref name="measure"/></attribute>
      <optional><attribute name="year"><data type="integer"/></attribute></optional>
      <optional><attribute name="period"><ref name="period"/></attribute></optional>
      <optional><attribute name="headline"><value>yes</value></attribute></optional>
      <attribute name="value"><data type="decimal"/></attribute>
      <optional><attribute name="upper"><data type="decimal"/></attribute></optional>
      <attribute name="unit"><text/></attribute>
      <optional><attribute name="qualifier"><text/></attribute></optional>
      <optional><attribute name="section"><text/></attribute></optional>
      <attribute name="sentence"><text/></attribute>
      <text/>
    </element>
  </define>

  <!-- A reviewer's marks, exported from the HTML view -->
  <define name="review">
    <element name="review">
      <ref name="version"/>
      <attribute name="archive"><data type="string"><param name="pattern">[0-9a-f]{64}</param></data></attribute>
      <!-- The two reports' SHA-256, old-new: marks are keyed by content, so they fit any archive of these reports. -->
      <optional><attribute name="reports"><data type="string"><param name="pattern">[0-9a-f]{64}-[0-9a-f]{64}</param></data></attribute></optional>
      <optional><attribute name="reviewer"><text/></attribute></optional>
      <optional><attribute name="exported"><data type="dateTime"/></attribute></optional>
      <zeroOrMore>
        <element name="mark">
          <!-- A digest of the change's level and text on both sides, then its occurrence: 0a1b2c3d4e5f.1 -->
          <attribute name="change"><text/></attribute>
          <attribute name="state"><choice><value>accepted</value><value>flagged</value></choice></attribute>
          <optional><attribute name="at"><data type="dateTime"/></attribute></optional>
          <optional><element name="excerpt"><text/></element></optional>
          <optional><element name="comment"><text/></element></optional>
        </element>
      </zeroOrMore>
    </element>
  </define>

  <!-- One issuer's scorecard over its years (batch) -->
  <define name="series">
    <element name="series">
      <ref name="version"/>
      <attribute name="issuer"><text/></attribute>
      <ref name="tool"/>
      <zeroOrMore>
        <element name="source">
          <attribute name="year"><data type="integer"/></attribute>
          <attribute name="name"><text/></attribute>
          <attribute name="bytes"><data type="nonNegativeInteger"/></attribute>
          <attribute name="sha256"><data type="string"><param name="pattern">[0-9a-f]{64}</param></data></attribute>
          <attribute name="encoding"><text/></attribute>
          <ref name="format"/>
        </element>
      </zeroOrMore>
      <ref name="scorecard"/>
    </element>
  </define>

  <!-- The index of a batch run's outputs; paths are relative to the index -->
  <define name="index">
    <element name="index">
      <ref name="version"/>
      <ref name="tool"/>
      <zeroOrMore>
        <element name="issuer">
          <attribute name="name"><text/></attribute>
          <zeroOrMore>
            <element name="source">
              <attribute name="year"><data type="integer"/></attribute>
              <attribute name="name"><text/></attribute>
              <optional><attribute name="failure"><text/></attribute></optional>
            </element>
          </zeroOrMore>
          <zeroOrMore>
            <element name="pair">
              <attribute name="old-year"><data type="integer"/></attribute>
              <attribute name="new-year"><data type="integer"/></attribute>
              <attribute name="folder"><text/></attribute>
              <optional><attribute name="failure"><text/></attribute></optional>
              <zeroOrMore><element name="file"><attribute name="href"><text/></attribute></element></zeroOrMore>
            </element>
          </zeroOrMore>
          <optional>
            <element name="scorecard-summary">
              <attribute name="rows"><data type="nonNegativeInteger"/></attribute>
              <attribute name="met"><data type="nonNegativeInteger"/></attribute>
              <attribute name="missed"><data type="nonNegativeInteger"/></attribute>
              <attribute name="not-reported"><data type="nonNegativeInteger"/></attribute>
              <attribute name="not-comparable"><data type="nonNegativeInteger"/></attribute>
              <attribute name="xml"><text/></attribute>
              <attribute name="csv"><text/></attribute>
            </element>
          </optional>
        </element>
      </zeroOrMore>
    </element>
  </define>

  <define name="tool">
    <attribute name="tool"><text/></attribute>
    <attribute name="tool-version"><text/></attribute>
  </define>
</grammar>
"""#

    /// Checks a document against the schema.
    ///
    /// - Throws: `ArchiveError.invalid` with libxml2's errors, each with its line and column.
    public static func validate(_ data: Data) throws(ArchiveError) {
        _ = try validatedDocument(data)
    }

    /// Parses a document and checks it against the schema, so a reader parses it only once.
    static func validatedDocument(_ data: Data) throws(ArchiveError) -> XMLDocument {
        let document: XMLDocument
        let schema: RelaxNGSchema
        do {
            schema = try RelaxNGSchema(string: text)
            document = try XMLDocument(data: data)
        } catch {
            throw .invalid(error)
        }
        let errors = document.validate(against: schema)
        if !errors.isEmpty { throw .invalid(errors.map(ArchiveError.Problem.init)) }
        return document
    }
}
