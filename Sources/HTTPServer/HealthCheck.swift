/// A `/healthz` handler: runs named checks and answers 200 `{"status":"ok",...}` when all pass,
/// 503 with the failing names otherwise. Checks must be quick; their names should be plain ASCII.
public struct HealthCheck: Sendable {
    /// One named probe; returns whether the dependency works.
    public struct Check: Sendable {
        public var name: String
        var probe: @Sendable () -> Bool

        public init(_ name: String, probe: @escaping @Sendable () -> Bool) {
            self.name = name
            self.probe = probe
        }
    }

    /// The probes run on every request.
    public var checks: [Check]
    /// What this node is, reported as `"role"` when set (`vetrina serve`: `writer` or `replica`),
    /// so a proxy or a monitor can tell the writer from the read replicas.
    public var role: String?

    /// A health check running `checks` (none: always healthy).
    public init(checks: [Check] = [], role: String? = nil) {
        self.checks = checks
        self.role = role
    }

    /// Runs every check and builds the response (`Cache-Control: no-store`).
    public func respond() -> HTTPResponse {
        let results = checks.map { ($0.name, $0.probe()) }
        let healthy = results.allSatisfy(\.1)
        let details = results.map { "\"\(Self.jsonEscaped($0.0))\":\"\($0.1 ? "ok" : "fail")\"" }.joined(separator: ",")
        let roleField = role.map { ",\"role\":\"\(Self.jsonEscaped($0))\"" } ?? ""
        let json = "{\"status\":\"\(healthy ? "ok" : "fail")\"\(roleField),\"checks\":{\(details)}}\n"
        var headers = HTTPHeaders()
        headers.add("Cache-Control", "no-store")
        return HTTPResponse(status: healthy ? .ok : .serviceUnavailable, contentType: "application/json", text: json, headers: headers)
    }

    /// The text with `"`, `\` and control characters escaped for a JSON string (RFC 8259 §7).
    static func jsonEscaped(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A route handler for `GET /healthz`.
    public func handler() -> RouteHandler { { _ in respond() } }
}
