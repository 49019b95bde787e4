import Foundation
import HTTPServer

/// A response as read off the wire by `RawHTTPClient`.
public struct HTTPReply: Sendable {
    /// `HTTP/1.1`
    public var version: String
    public var status: Int
    public var reason: String
    public var headers: HTTPHeaders
    /// The body after de-chunking; empty for HEAD, 1xx, 204 and 304.
    public var body: [UInt8]
    /// Whether the body was sent with chunked framing.
    public var wasChunked: Bool

    public init(version: String, status: Int, reason: String, headers: HTTPHeaders, body: [UInt8], wasChunked: Bool = false) {
        self.version = version
        self.status = status
        self.reason = reason
        self.headers = headers
        self.body = body
        self.wasChunked = wasChunked
    }

    /// The body as UTF-8 (invalid sequences repaired).
    public var text: String { String(decoding: body, as: UTF8.self) }

    /// Whether the body holds `needle`'s UTF-8 bytes. For checks run on thousands of replies (hostile
    /// input runs): a byte search (`memchr` for the first byte, `memcmp` for the rest) instead of
    /// decoding the body and searching it as a `String`, which on Linux goes through Foundation and
    /// costs far more. For an ASCII needle the answer is the same as `text.contains(needle)`
    /// (repairing invalid UTF-8 never adds or removes ASCII bytes).
    public func bodyContains(_ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return true }
        guard body.count >= pattern.count else { return false }
        return body.withUnsafeBufferPointer { haystack in
            pattern.withUnsafeBufferPointer { pattern in
                guard let start = haystack.baseAddress, let wanted = pattern.baseAddress else { return false }
                let last = haystack.count - pattern.count
                var offset = 0
                while offset <= last {
                    guard let hit = memchr(start + offset, Int32(first), last - offset + 1) else { return false }
                    let index = start.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    if memcmp(start + index, wanted, pattern.count) == 0 { return true }
                    offset = index + 1
                }
                return false
            }
        }
    }

    /// The first value of a header, case-insensitively.
    public subscript(header: String) -> String? { headers[header] }
}
