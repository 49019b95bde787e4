import HTTPServer

/// Builds query strings for links (`?bisogno=anziani&comune=pinerolo`), percent-encoding every
/// byte outside RFC 3986 §2.3 unreserved characters, so typed text can never break a URL.
struct URLQuery: Sendable, Equatable {
    private(set) var pairs: [(String, String)] = []

    init(_ pairs: [(String, String)] = []) { self.pairs = pairs }

    static func == (lhs: URLQuery, rhs: URLQuery) -> Bool { lhs.encoded == rhs.encoded }

    /// Adds a pair; empty values are skipped (they would only clutter the URL).
    mutating func add(_ name: String, _ value: String) {
        guard !value.isEmpty else { return }
        pairs.append((name, value))
    }

    /// Adds one pair per value.
    mutating func add(_ name: String, _ values: [String]) {
        for value in values { add(name, value) }
    }

    /// A copy without any pair named `name` (or only without `name=value`).
    func removing(_ name: String, value: String? = nil) -> URLQuery {
        URLQuery(pairs.filter { !($0.0 == name && (value == nil || $0.1 == value)) })
    }

    /// A copy with `name` set to exactly `value`.
    func setting(_ name: String, _ value: String) -> URLQuery {
        var copy = removing(name)
        copy.add(name, value)
        return copy
    }

    /// `a=1&b=2`, without the leading `?`.
    var encoded: String {
        pairs.map { Self.encode($0.0) + "=" + Self.encode($0.1) }.joined(separator: "&")
    }

    /// `path?a=1` or just `path` when there are no pairs.
    func url(_ path: String) -> String {
        pairs.isEmpty ? path : path + "?" + encoded
    }

    /// Percent-encodes everything but `A-Z a-z 0-9 - . _ ~`.
    static func encode(_ text: String) -> String { PercentEncoding.encode(text) }
}
