import Catalog
import Foundation
import HTTPServer
import Search

/// A refused API request: its status and an English message, answered as `{"error": "…"}`.
struct APIError: Error, Equatable {
    var status: HTTPStatus
    var message: String

    static func badParameter(_ message: String) -> APIError { APIError(status: .badRequest, message: message) }
    static func notFound(_ message: String) -> APIError { APIError(status: .notFound, message: message) }
}

/// The query parameters of an open data API request, checked against the names the endpoint
/// accepts: an unknown name, a repeated name or a malformed value is a 400 naming the problem.
struct APIQuery {
    /// Largest `per_page`; larger values are capped to it.
    static let maxPerPage = 100
    static let defaultPerPage = 20

    let form: URLEncodedForm

    /// - Throws: `APIError` (400) for undecodable escapes, unknown or repeated parameters.
    init(_ request: HTTPRequest, allowed: Set<String>) throws(APIError) {
        do { form = try request.queryParameters(limits: URLEncodedForm.Limits(maxFields: 40)) } catch {
            throw .badParameter("The query string is not valid percent-encoded UTF-8.")
        }
        for name in form.names {
            guard allowed.contains(name) else {
                throw .badParameter("Unknown parameter '\(name)'. Supported here: \(allowed.sorted().joined(separator: ", ")).")
            }
            guard form.values(for: name).count == 1 else { throw .badParameter("Parameter '\(name)' is given more than once.") }
        }
    }

    func string(_ name: String) -> String? { form[name] }

    /// 1-based page number (default 1).
    var page: Int {
        get throws(APIError) { try integer("page", range: 1...1_000_000) ?? 1 }
    }

    /// Page size, default 20, capped at 100.
    var perPage: Int {
        get throws(APIError) { min(try integer("per_page", range: 1...Int(Int32.max)) ?? Self.defaultPerPage, Self.maxPerPage) }
    }

    func integer(_ name: String, range: ClosedRange<Int>) throws(APIError) -> Int? {
        guard let text = form[name] else { return nil }
        guard text.utf8.count <= 10, let value = Int(text), range.contains(value) else {
            throw .badParameter("Parameter '\(name)' must be an integer from \(range.lowerBound) to \(range.upperBound).")
        }
        return value
    }

    /// `true`/`false` (also `1`/`0`); false when absent.
    func flag(_ name: String) throws(APIError) -> Bool {
        guard let text = form[name] else { return false }
        switch text.lowercased() {
        case "true", "1": return true
        case "false", "0": return false
        default: throw .badParameter("Parameter '\(name)' must be true or false.")
        }
    }

    /// A UUID-valued parameter.
    func uuid(_ name: String) throws(APIError) -> UUID? {
        guard let text = form[name] else { return nil }
        guard let value = UUID(uuidString: text) else { throw .badParameter("Parameter '\(name)' must be a UUID.") }
        return value
    }

    /// `modified_after`: a date or an RFC 3339 date-time.
    var modifiedAfter: Date? {
        get throws(APIError) {
            guard let text = form["modified_after"] else { return nil }
            guard let date = OpenDataTime.parse(text) else {
                throw .badParameter("Parameter 'modified_after' must be a date (2025-03-12) or an RFC 3339 date-time (2025-03-12T09:30:00Z).")
            }
            return date
        }
    }

    /// Free text, at most 500 characters.
    var search: String {
        get throws(APIError) {
            let text = (form["search"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            guard text.count <= SearchQuery.maxTextLength else {
                throw .badParameter("Parameter 'search' is longer than \(SearchQuery.maxTextLength) characters.")
            }
            return text
        }
    }

    /// Whether `format=ndjson` asks for every result as newline-delimited JSON.
    var wantsNDJSON: Bool {
        get throws(APIError) {
            switch form["format"] {
            case nil, "json": return false
            case "ndjson": return true
            default: throw .badParameter("Parameter 'format' must be json or ndjson.")
            }
        }
    }
}
