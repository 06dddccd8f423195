import CLibXML2
import Foundation

/// Gathers the errors libxml2 raises while one synchronous call runs on the current thread.
///
/// libxml2 keeps its structured error handler per thread, so `collect(_:)` installs the
/// handler, runs the call and removes the handler with no suspension point in between.
/// While it is installed libxml2 prints nothing to standard error. Warnings are dropped:
/// they never make a document unusable. Calls do not nest: an inner `collect(_:)` on the
/// same thread removes the handler when it returns.
final class XMLErrorCollector {
    /// Errors in the order libxml2 raised them.
    private(set) var errors: [XMLError] = []

    /// Initialises libxml2's global state once, before any thread first uses it; the RELAX NG
    /// type libraries and XML Schema's datatypes too, which libxml2 2.9 otherwise builds lazily
    /// and racily: two threads validating at once printed "types library failed to register",
    /// and two threads first checking a datatype at once left a process in which every
    /// archive failed ("type 'date' is not exported", "no facet minInclusive"). Every entry into
    /// libxml2 reads it first: `collect(_:)`, `XMLWriter` and `DatatypeFacet`.
    static let isParserInitialized: Bool = {
        xmlInitParser()
        xmlSchemaInitTypes()
        xmlRelaxNGInitTypes()
        return true
    }()

    /// Runs `body` with this collector receiving every error libxml2 raises on this thread.
    func collect<Result>(_ body: () -> Result) -> Result {
        _ = Self.isParserInitialized
        xmlSetStructuredErrorFunc(Unmanaged.passUnretained(self).toOpaque()) { context, error in
            guard let context, let error else { return }
            Unmanaged<XMLErrorCollector>.fromOpaque(context).takeUnretainedValue().record(error.pointee)
        }
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        return withExtendedLifetime(self) { body() }
    }

    /// Adds an error found by this package rather than by libxml2.
    func append(_ error: XMLError) {
        errors.append(error)
    }

    private func record(_ error: xmlError) {
        guard error.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        var message = error.message.map { String(cString: $0) } ?? "libxml2 error \(error.code)"
        // libxml2 suggests an option to the programmer; the user needs to know what is wrong.
        if error.code == Int32(XML_ERR_INTERNAL_ERROR.rawValue), message.contains("Excessive depth") {
            message = "the document is nested more than 256 elements deep"
        }
        errors.append(XMLError(
            line: Int(error.line),
            column: Int(error.int2),
            message: message.trimmingCharacters(in: .whitespacesAndNewlines)
        ))
    }
}
