extension ServerMetrics {
    /// The `Content-Type` of the text exposition format.
    public static let contentType = "text/plain; version=0.0.4; charset=utf-8"

    /// All metrics in the Prometheus text exposition format (HELP and TYPE lines, then samples,
    /// sorted so the output is stable).
    public func render() -> String {
        let s = snapshot()
        var out = ""
        out += "# HELP http_requests_total Completed HTTP requests by route template, method and status class.\n"
        out += "# TYPE http_requests_total counter\n"
        for (key, value) in s.requests.sorted(by: { Self.order($0.key, $1.key) }) {
            out += "http_requests_total{route=\"\(Self.escape(key.route))\",method=\"\(key.method)\",status=\"\(key.statusClass)\"} \(value)\n"
        }
        out += "# HELP http_request_duration_seconds Time from a complete request head to the response handed to the kernel.\n"
        out += "# TYPE http_request_duration_seconds histogram\n"
        var cumulative = 0
        for (bound, count) in zip(latencyBuckets, s.latency.counts) {
            cumulative += count
            out += "http_request_duration_seconds_bucket{le=\"\(Self.number(bound))\"} \(cumulative)\n"
        }
        out += "http_request_duration_seconds_bucket{le=\"+Inf\"} \(s.latency.count)\n"
        out += "http_request_duration_seconds_sum \(Self.number(s.latency.sum))\n"
        out += "http_request_duration_seconds_count \(s.latency.count)\n"
        out += "# HELP http_open_connections Client connections open now.\n"
        out += "# TYPE http_open_connections gauge\n"
        out += "http_open_connections \(s.connections.open)\n"
        out += "# HELP http_connections_total Client connections accepted.\n"
        out += "# TYPE http_connections_total counter\n"
        out += "http_connections_total \(s.connections.total)\n"
        out += "# HELP http_parse_errors_total Requests refused by the parser, by status code.\n"
        out += "# TYPE http_parse_errors_total counter\n"
        for (status, value) in s.parseErrors.sorted(by: { $0.key < $1.key }) {
            out += "http_parse_errors_total{status=\"\(status)\"} \(value)\n"
        }
        return out
    }

    /// A `GET /metrics` handler.
    public func handler() -> RouteHandler {
        { _ in HTTPResponse(status: .ok, contentType: Self.contentType, text: self.render()) }
    }

    private static func order(_ a: RequestKey, _ b: RequestKey) -> Bool {
        (a.route, a.method, a.statusClass) < (b.route, b.method, b.statusClass)
    }

    /// Label value escaping: backslash, double quote and newline (exposition format spec).
    static func escape(_ value: String) -> String {
        var out = ""
        for c in value {
            switch c {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            default: out.append(c)
            }
        }
        return out
    }

    /// A float as Prometheus expects it (`0.005`, `1`, `2.5`).
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)"
    }
}
