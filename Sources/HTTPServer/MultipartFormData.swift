/// A decoded `multipart/form-data` body (RFC 7578): its parts in order.
public struct MultipartFormData: Sendable, Equatable {
    /// The parts, in the order sent.
    public var parts: [MultipartPart]

    /// A form made of the given parts (for tests and re-encoding).
    public init(parts: [MultipartPart]) { self.parts = parts }

    /// Parses `body` delimited by `boundary` (RFC 2046 §5.1.1).
    /// - Throws: `MultipartError` for malformed bodies or exceeded limits.
    public init(body: [UInt8], boundary: String, limits: MultipartLimits = MultipartLimits()) throws(MultipartError) {
        var parser = try MultipartParser(body: body, boundary: boundary, limits: limits)
        parts = try parser.parseAll()
    }

    /// Parses a request whose `Content-Type` is `multipart/form-data; boundary=…`.
    /// - Throws: `MultipartError.notMultipart`, `.invalidBoundary`, or any parse error.
    public init(request: HTTPRequest, limits: MultipartLimits = MultipartLimits()) throws(MultipartError) {
        guard let value = request.headers["Content-Type"], let mediaType = MediaType(parsing: value),
              mediaType.matches("multipart/form-data")
        else { throw .notMultipart }
        guard let boundary = mediaType.parameters["boundary"] else { throw .invalidBoundary }
        try self.init(body: request.body, boundary: boundary, limits: limits)
    }

    /// The first part named `name`.
    public subscript(name: String) -> MultipartPart? { parts.first { $0.name == name } }

    /// Every part named `name`, in order.
    public func parts(named name: String) -> [MultipartPart] { parts.filter { $0.name == name } }

    /// The text of the first plain (non-file) field named `name`.
    public func text(_ name: String) -> String? {
        parts.first { $0.name == name && !$0.isFile }?.text
    }
}
