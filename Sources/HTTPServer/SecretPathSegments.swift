/// Path segments the access log must not write: capability tokens carried in the path (a
/// survey's management link, a shared plan). Each rule is a template prefix such as
/// `/piani/{token}`; a path whose first segments match it has every parameter segment written
/// as `{name}`, e.g. `/piani/Xk3…/stampa` → `/piani/{token}/stampa`. Other paths pass unchanged.
public struct SecretPathSegments: Sendable {
    private let rules: [PathPattern]

    /// - Parameter templates: template prefixes whose parameters are secret (literal segments and
    ///   `{name}` parameters; a catch-all hides the rest of the path).
    /// - Throws: `RouterError.invalidPattern` for a malformed template.
    public init(_ templates: [String] = []) throws(RouterError) {
        var rules: [PathPattern] = []
        for template in templates { rules.append(try PathPattern(template)) }
        self.rules = rules
    }

    /// `path` (without its query) with the secret segments replaced.
    public func redact(_ path: Substring) -> Substring {
        guard !rules.isEmpty else { return path }
        let parts = PathPattern.split(path: path)
        for rule in rules where rule.segments.count <= parts.count {
            var out: [Substring] = []
            var matched = true
            for (index, segment) in rule.segments.enumerated() {
                switch segment {
                case .literal(let text):
                    if parts[index] != text { matched = false } else { out.append(parts[index]) }
                case .parameter(let name):
                    out.append("{\(name)}")
                case .catchAll(let name):
                    return Substring("/" + (out + ["{\(name)...}"]).joined(separator: "/"))
                }
                if !matched { break }
            }
            if matched { return Substring("/" + (out + parts[rule.segments.count...]).joined(separator: "/")) }
        }
        return path
    }
}

extension SecretPathSegments {
    /// No rule: every path is logged as it came.
    public static let none = SecretPathSegments(rules: [])

    private init(rules: [PathPattern]) { self.rules = rules }
}
