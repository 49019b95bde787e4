/// One part of a `multipart/form-data` body (RFC 7578 §4).
public struct MultipartPart: Sendable, Equatable {
    /// The form field name, from `Content-Disposition: form-data; name="…"`.
    public var name: String
    /// The file name as sent by the client (may contain anything: never use it as a path).
    public var filename: String?
    /// The part's `Content-Type`, if sent (RFC 7578 §4.4 defaults it to `text/plain`).
    public var contentType: String?
    /// All header fields of the part.
    public var headers: HTTPHeaders
    /// The raw content.
    public var body: [UInt8]

    init(name: String, filename: String? = nil, contentType: String? = nil, headers: HTTPHeaders = HTTPHeaders(), body: [UInt8]) {
        self.name = name
        self.filename = filename
        self.contentType = contentType
        self.headers = headers
        self.body = body
    }

    /// The content as UTF-8 text, or nil when it is not valid UTF-8.
    public var text: String? { String(validating: body, as: UTF8.self) }

    /// Whether the part carries a file (has a `filename` parameter).
    public var isFile: Bool { filename != nil }
}
