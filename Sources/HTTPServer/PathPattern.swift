/// A route's path template: literal segments, `{name}` parameters (one segment) and an optional
/// final `{name...}` catch-all (one or more segments), e.g. `/servizi/{slug}` or `/static/{path...}`.
///
/// Matching works on the raw (still encoded) request path split at `/`; parameters are
/// percent-decoded and refused when they decode to invalid UTF-8, NUL, other control characters
/// or an encoded `/` or `\` (which would smuggle extra segments).
public struct PathPattern: Sendable, Hashable, CustomStringConvertible {
    /// One piece of the template.
    public enum Segment: Sendable, Hashable {
        case literal(String)
        case parameter(String)
        case catchAll(String)
    }

    /// The template's segments after the leading `/`.
    public let segments: [Segment]
    /// The template as written, used as the metrics/route label.
    public let description: String

    /// Parses a template. It must start with `/`; a catch-all may only be last.
    /// - Throws: `RouterError.invalidPattern` for a malformed template (a programming error,
    ///   caught when routes are registered).
    init(_ template: String) throws(RouterError) {
        guard template.first == "/" else { throw .invalidPattern(template) }
        var segments: [Segment] = []
        let parts = template.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        for (index, part) in parts.enumerated() where !(parts.count == 1 && part.isEmpty) {
            let segment = try Self.segment(part, template: template)
            if case .catchAll = segment, index != parts.count - 1 { throw .invalidPattern(template) }
            segments.append(segment)
        }
        self.segments = segments
        self.description = template
        self.specificity = Self.specificity(of: segments)
    }

    private static func segment(_ part: Substring, template: String) throws(RouterError) -> Segment {
        guard part.first == "{" else {
            guard !part.contains("{"), !part.contains("}") else { throw .invalidPattern(template) }
            return .literal(String(part))
        }
        guard part.last == "}", part.count > 2 else { throw .invalidPattern(template) }
        let inner = part.dropFirst().dropLast()
        if inner.hasSuffix("...") {
            let name = inner.dropLast(3)
            guard !name.isEmpty else { throw .invalidPattern(template) }
            return .catchAll(String(name))
        }
        guard !inner.contains("{"), !inner.contains("}") else { throw .invalidPattern(template) }
        return .parameter(String(inner))
    }

    /// Splits a raw request path (`/a/b`) into segments: `/` gives none, `/a/` gives `a` and ``.
    /// Works on UTF-8 code units (`/` is ASCII, so every cut is on a character boundary).
    static func split(path: Substring) -> [Substring] {
        let bytes = path.utf8
        guard bytes.first == UInt8(ascii: "/") else { return [] }
        var parts: [Substring] = []
        var start = bytes.index(after: bytes.startIndex)
        if start == bytes.endIndex { return [] }
        var index = start
        while index != bytes.endIndex {
            if bytes[index] == UInt8(ascii: "/") {
                parts.append(path[start..<index])
                start = bytes.index(after: index)
            }
            index = bytes.index(after: index)
        }
        parts.append(path[start..<bytes.endIndex])
        return parts
    }

    /// Whether every segment is a literal (the template matches exactly one raw path).
    var isLiteral: Bool {
        segments.allSatisfy { if case .literal = $0 { return true } else { return false } }
    }

    /// Specificity for choosing between several matching patterns: compared segment by segment,
    /// a literal beats a parameter, which beats a catch-all.
    let specificity: [Int]

    private static func specificity(of segments: [Segment]) -> [Int] {
        segments.map {
            switch $0 {
            case .literal: return 2
            case .parameter: return 1
            case .catchAll: return 0
            }
        }
    }
}
