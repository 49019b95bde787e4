/// The fields of a query string or an `application/x-www-form-urlencoded` body, decoded and in
/// the order they were sent; repeated names are kept (`?need=a&need=b`).
///
/// Parsing follows the WHATWG URL standard's form-urlencoded parser: `&` separates fields, the
/// first `=` separates name from value, `+` is a space, and empty fields (`a=1&&b=2`) are skipped.
/// Unlike browsers it is strict: a bad `%` escape or invalid UTF-8 throws.
public struct URLEncodedForm: Sendable, Equatable {
    /// One decoded field.
    public struct Field: Sendable, Equatable {
        public var name: String
        public var value: String

        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    /// Caps that keep a hostile request from costing much.
    public struct Limits: Sendable, Equatable {
        /// Most fields accepted; beyond it `FormDecodingError.tooManyFields`. Default 1,000.
        public var maxFields = 1_000

        public init(maxFields: Int = 1_000) { self.maxFields = maxFields }
    }

    /// Every field, in the order sent.
    public private(set) var fields: [Field]

    /// An empty form, or one with the given fields.
    public init(fields: [Field] = []) { self.fields = fields }

    /// Parses `name=value&...` (without a leading `?`).
    /// - Throws: `FormDecodingError` for bad escapes, invalid UTF-8 or too many fields.
    public init<S: StringProtocol>(parsing text: S, limits: Limits = Limits()) throws(FormDecodingError) {
        var fields: [Field] = []
        let text = Substring(text)
        for piece in text.split(separator: "&", omittingEmptySubsequences: true) {
            guard fields.count < limits.maxFields else { throw .tooManyFields(limit: limits.maxFields) }
            let name: Substring, value: Substring
            if let eq = piece.firstIndex(of: "=") {
                name = piece[..<eq]
                value = piece[piece.index(after: eq)...]
            } else {
                name = piece
                value = ""
            }
            fields.append(Field(name: try Self.decode(name), value: try Self.decode(value)))
        }
        self.fields = fields
    }

    /// Parses a request body; the bytes must be UTF-8 text.
    /// - Throws: `FormDecodingError`.
    public init(body: [UInt8], limits: Limits = Limits()) throws(FormDecodingError) {
        guard let text = String(validating: body, as: UTF8.self) else { throw .invalidUTF8 }
        try self.init(parsing: text, limits: limits)
    }

    /// The first value of `name`, or nil.
    public subscript(name: String) -> String? {
        fields.first { $0.name == name }?.value
    }

    /// Every value of `name`, in order.
    public func values(for name: String) -> [String] {
        fields.filter { $0.name == name }.map(\.value)
    }

    /// Whether a field called `name` was sent (possibly empty).
    public func contains(_ name: String) -> Bool { fields.contains { $0.name == name } }

    /// Field names in first-seen order, without repeats.
    public var names: [String] {
        var seen = Set<String>()
        return fields.compactMap { seen.insert($0.name).inserted ? $0.name : nil }
    }

    /// Whether no field was sent.
    public var isEmpty: Bool { fields.isEmpty }

    /// Appends a field.
    public mutating func append(_ name: String, _ value: String) {
        fields.append(Field(name: name, value: value))
    }

    /// Encodes back to `name=value&...` with every reserved byte escaped (space as `%20`).
    public var encoded: String {
        fields.map { PercentEncoding.encode($0.name) + "=" + PercentEncoding.encode($0.value) }
            .joined(separator: "&")
    }

    private static func decode(_ text: Substring) throws(FormDecodingError) -> String {
        guard PercentDecoding.needsDecoding(text, plusAsSpace: true) else { return String(text) }
        return try PercentDecoding.decode(text, plusAsSpace: true)
    }
}
