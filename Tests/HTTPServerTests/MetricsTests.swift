import HTTPServer
import Testing

@Suite struct MetricsTests {
    static func completed(route: String?, status: HTTPStatus, method: HTTPMethod = .get, millis: Int = 3) -> CompletedRequest {
        CompletedRequest(
            requestID: "r1", remoteAddress: "127.0.0.1:5000", method: method, path: "/servizi/x",
            status: status, bytesSent: 10, duration: .milliseconds(millis), routeLabel: route)
    }

    @Test func countsRequestsByRouteMethodAndStatusClass() {
        let metrics = ServerMetrics()
        metrics.requestCompleted(Self.completed(route: "/servizi/{slug}", status: .ok))
        metrics.requestCompleted(Self.completed(route: "/servizi/{slug}", status: .ok))
        metrics.requestCompleted(Self.completed(route: "/servizi/{slug}", status: .notFound))
        metrics.requestCompleted(Self.completed(route: nil, status: .notFound, method: HTTPMethod("BREW")))
        #expect(metrics.requestCount(route: "/servizi/{slug}", statusClass: "2xx") == 2)
        #expect(metrics.requestCount(route: "/servizi/{slug}", statusClass: "4xx") == 1)
        let text = metrics.render()
        #expect(text.contains("http_requests_total{route=\"/servizi/{slug}\",method=\"GET\",status=\"2xx\"} 2\n"))
        #expect(text.contains("http_requests_total{route=\"unmatched\",method=\"other\",status=\"4xx\"} 1\n"))
        #expect(text.contains("# TYPE http_requests_total counter\n"))
        #expect(!text.contains("/servizi/x"))
    }

    @Test func histogramIsCumulativeWithSumAndCount() {
        let metrics = ServerMetrics(latencyBuckets: [0.001, 0.01, 0.1])
        for millis in [0, 5, 5, 50, 2000] { metrics.requestCompleted(Self.completed(route: "/", status: .ok, millis: millis)) }
        let text = metrics.render()
        #expect(text.contains("http_request_duration_seconds_bucket{le=\"0.001\"} 1\n"))
        #expect(text.contains("http_request_duration_seconds_bucket{le=\"0.01\"} 3\n"))
        #expect(text.contains("http_request_duration_seconds_bucket{le=\"0.1\"} 4\n"))
        #expect(text.contains("http_request_duration_seconds_bucket{le=\"+Inf\"} 5\n"))
        #expect(text.contains("http_request_duration_seconds_count 5\n"))
        #expect(text.contains("http_request_duration_seconds_sum 2.06\n"))
        #expect(text.contains("# TYPE http_request_duration_seconds histogram\n"))
    }

    @Test func connectionGaugeAndParseErrors() {
        let metrics = ServerMetrics()
        metrics.connectionOpened()
        metrics.connectionOpened()
        metrics.connectionClosed()
        metrics.parseErrorAnswered(status: .badRequest)
        metrics.parseErrorAnswered(status: .badRequest)
        metrics.parseErrorAnswered(status: .requestHeaderFieldsTooLarge)
        #expect(metrics.openConnections == 1)
        let text = metrics.render()
        #expect(text.contains("http_open_connections 1\n"))
        #expect(text.contains("http_connections_total 2\n"))
        #expect(text.contains("http_parse_errors_total{status=\"400\"} 2\n"))
        #expect(text.contains("http_parse_errors_total{status=\"431\"} 1\n"))
    }

    @Test func everySampleLineIsWellFormed() {
        let metrics = ServerMetrics()
        metrics.requestCompleted(Self.completed(route: "/a\"b\\c\nd", status: .ok))
        let text = metrics.render()
        #expect(text.contains("route=\"/a\\\"b\\\\c\\nd\""))
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: " ")
            #expect(Double(parts.last ?? "") != nil, "bad sample: \(line)")
        }
    }

    @Test func countsAreExactUnderConcurrentUpdates() async {
        let metrics = ServerMetrics()
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    for _ in 0..<1000 {
                        metrics.connectionOpened()
                        metrics.requestCompleted(Self.completed(route: "/", status: .ok))
                        metrics.connectionClosed()
                    }
                }
            }
        }
        #expect(metrics.requestCount(route: "/", statusClass: "2xx") == 8000)
        #expect(metrics.openConnections == 0)
        #expect(metrics.render().contains("http_request_duration_seconds_count 8000\n"))
    }

    @Test func handlerServesExpositionFormat() throws {
        let metrics = ServerMetrics()
        let response = try metrics.handler()(makeRequest(.get, "/metrics"))
        #expect(response.headers["Content-Type"] == "text/plain; version=0.0.4; charset=utf-8")
        #expect(response.bodyText.contains("# HELP http_open_connections"))
    }

    @Test func healthCheckReportsFailingChecks() throws {
        let ok = HealthCheck(checks: [.init("db") { true }]).respond()
        #expect(ok.status == .ok)
        #expect(ok.bodyText == "{\"status\":\"ok\",\"checks\":{\"db\":\"ok\"}}\n")
        let failing = HealthCheck(checks: [.init("db") { true }, .init("disk") { false }]).respond()
        #expect(failing.status == .serviceUnavailable)
        #expect(failing.bodyText.contains("\"disk\":\"fail\""))
        #expect(failing.headers["Cache-Control"] == "no-store")
        let replica = HealthCheck(checks: [.init("db") { true }], role: "replica").respond()
        #expect(replica.bodyText == "{\"status\":\"ok\",\"role\":\"replica\",\"checks\":{\"db\":\"ok\"}}\n")
    }

    @Test func healthCheckNamesAreJSONEscaped() throws {
        let response = HealthCheck(checks: [.init("a\"b\\c\n") { true }]).respond()
        #expect(response.bodyText == "{\"status\":\"ok\",\"checks\":{\"a\\\"b\\\\c\\u000a\":\"ok\"}}\n")
    }
}
