import Catalog
import Foundation
import HTTPServer
import Crypto

/// JSON responses of the open data API: cacheable by anyone (`Access-Control-Allow-Origin: *`),
/// validated with a strong `ETag` (SHA-256 of the body; `If-None-Match` gives 304) and
/// `Last-Modified`; errors are `{"error": "…"}` with their status, never HTML.
enum APIResponse {
    static let jsonType = "application/json; charset=utf-8"
    static let ndjsonType = "application/x-ndjson; charset=utf-8"
    static let cacheControl = "public, max-age=60"

    /// A 200 JSON response, or 304 when the request's `If-None-Match` names its ETag.
    static func json(_ value: JSONValue, request: HTTPRequest, lastModified: Date?) -> HTTPResponse {
        json(text: value.encoded, request: request, lastModified: lastModified)
    }

    /// Like `json(_:request:lastModified:)` for JSON text already encoded.
    static func json(text: String, request: HTTPRequest, lastModified: Date?) -> HTTPResponse {
        let body = Array(text.utf8)
        let etag = "\"" + String(SHA256.hexDigest(body).prefix(32)) + "\""
        var headers = commonHeaders(lastModified: lastModified)
        headers.set("ETag", etag)
        if let condition = request.headers["If-None-Match"], matches(condition, etag: etag) {
            return HTTPResponse(status: .notModified, headers: headers)
        }
        headers.set("Content-Type", jsonType)
        return HTTPResponse(status: .ok, headers: headers, body: .bytes(body))
    }

    /// A cached whole-catalog download: a strong `ETag` derived from its name and the catalog
    /// state it was built from, so it changes exactly when the file does; 304 when the request's
    /// `If-None-Match` names it.
    static func download(_ file: DownloadCache.File, name: String, contentType: String, request: HTTPRequest) -> HTTPResponse {
        let etag = "\"" + String(SHA256.hexDigest(Array("\(name)\n\(file.marker)".utf8)).prefix(32)) + "\""
        var headers = commonHeaders(lastModified: file.lastModified)
        headers.set("ETag", etag)
        if let condition = request.headers["If-None-Match"], matches(condition, etag: etag) {
            return HTTPResponse(status: .notModified, headers: headers)
        }
        headers.set("Content-Type", contentType)
        return HTTPResponse(status: .ok, headers: headers,
                            body: file.length == 0 ? .empty : .file(FileRegion(path: file.path, length: file.length)))
    }

    /// `{"error": message}` with `status`; not cacheable.
    static func error(_ status: HTTPStatus, _ message: String) -> HTTPResponse {
        var headers = HTTPHeaders()
        headers.set("Content-Type", jsonType)
        headers.set("Cache-Control", "no-store")
        headers.set("Access-Control-Allow-Origin", "*")
        return HTTPResponse(status: status, headers: headers,
                            body: .bytes(Array(JSONValue.object([("error", .string(message))]).encoded.utf8)))
    }

    static func commonHeaders(lastModified: Date?) -> HTTPHeaders {
        var headers = HTTPHeaders()
        headers.set("Cache-Control", cacheControl)
        headers.set("Access-Control-Allow-Origin", "*")
        if let lastModified {
            headers.set("Last-Modified", HTTPDate.format(secondsSince1970: Int(lastModified.timeIntervalSince1970)))
        }
        return headers
    }

    /// RFC 9110 §13.1.2: `*` or any listed tag equal under weak comparison.
    static func matches(_ condition: String, etag: String) -> Bool {
        condition.split(separator: ",").contains { candidate in
            var tag = candidate.trimmingCharacters(in: .whitespaces)
            if tag == "*" { return true }
            if tag.hasPrefix("W/") { tag.removeFirst(2) }
            return tag == etag
        }
    }

    /// The HSDS `Page` envelope around `contents`.
    static func page(_ contents: [JSONValue], total: Int, page: Int, perPage: Int) -> JSONValue {
        let pages = max(1, (total + perPage - 1) / perPage)
        return .object([
            ("total_items", .number(total)), ("total_pages", .number(pages)), ("page_number", .number(page)),
            ("size", .number(contents.count)), ("first_page", .bool(page == 1)), ("last_page", .bool(page >= pages)),
            ("empty", .bool(contents.isEmpty)), ("contents", .array(contents)),
        ])
    }
}
