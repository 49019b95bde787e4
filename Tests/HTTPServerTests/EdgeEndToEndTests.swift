import HTTPServer
import Testing
import TestSupport
import Accounts

/// The router, static files and metrics behind the real server, over real sockets.
@Suite(.blocking) struct EdgeEndToEndTests {
    static let secret = "top secret"

    final class Site: Sendable {
        let dir: TemporaryDirectory
        let metrics = ServerMetrics()
        let logLines = AccessLogTests.Lines()
        let router: Router

        init() throws {
            dir = try TemporaryDirectory()
            try dir.write("public/css/site.css", "body{color:#000}\n")
            try dir.write("public/robots.txt", "User-agent: *\nDisallow: /admin\n")
            try dir.write("secret.txt", EdgeEndToEndTests.secret)
            try dir.symlink("public/escape.txt", to: dir.path + "/secret.txt")
            let files = try StaticFiles(root: dir.path + "/public", cacheControl: "public, max-age=60")
            var router = Router(postProcess: { _, response in response.headers.set("X-Content-Type-Options", "nosniff") })
            try router.addStaticFiles(files)
            try router.addStaticFile(files, path: "/robots.txt", file: "robots.txt")
            try router.get("/servizi/{slug}") { request in
                HTTPResponse(contentType: "text/plain; charset=utf-8", text: "scheda " + (request.pathParameters["slug"] ?? ""))
            }
            try router.post("/servizi/{slug}", options: RouteOptions(maxBodySize: 64)) { request in
                let form = try request.formBody()
                return HTTPResponse(contentType: "text/plain; charset=utf-8", text: "titolo=" + (form["titolo"] ?? ""))
            }
            try router.post("/upload", options: RouteOptions(maxBodySize: 4096)) { request in
                let form = try MultipartFormData(request: request)
                let file = form["file"]
                return HTTPResponse(contentType: "text/plain", text: "\(file?.filename ?? "-"):\(file?.body.count ?? -1)")
            }
            try router.get("/metrics", handler: metrics.handler())
            self.router = router
        }

        func observer() -> any ServerObserver {
            ObserverGroup([metrics, AccessLog(sink: { [logLines] line in logLines.append(line) })])
        }
    }

    static func get(_ target: String, _ extra: String = "") -> String {
        "GET \(target) HTTP/1.1\r\nHost: test\r\n\(extra)\r\n"
    }

    @Test func servesStaticFileWithValidatorsThenAnswersConditionalRequestsWith304() throws {
        let site = try Site()
        defer { site.dir.remove() }
        try withLiveServer(site.router, observer: site.observer()) { live in
            let client = try live.client()
            let first = try client.send(Self.get("/static/css/site.css"))
            #expect(first.status == 200)
            #expect(first.text == "body{color:#000}\n")
            #expect(first["Content-Length"] == "17")
            #expect(first["Content-Type"] == "text/css; charset=utf-8")
            #expect(first["Cache-Control"] == "public, max-age=60")
            #expect(first["X-Content-Type-Options"] == "nosniff")
            let etag = try #require(first["ETag"])
            let lastModified = try #require(first["Last-Modified"])
            let byTag = try client.send(Self.get("/static/css/site.css", "If-None-Match: \(etag)\r\n"))
            #expect(byTag.status == 304)
            #expect(byTag.body.isEmpty)
            #expect(byTag["ETag"] == etag)
            let byDate = try client.send(Self.get("/static/css/site.css", "If-Modified-Since: \(lastModified)\r\n"))
            #expect(byDate.status == 304)
            // The connection is still in sync: a normal request after the 304s works.
            #expect(try client.send(Self.get("/robots.txt")).text.hasPrefix("User-agent"))
        }
    }

    @Test func headGivesHeadersWithoutBodyAndKeepsTheConnectionUsable() throws {
        let site = try Site()
        defer { site.dir.remove() }
        try withLiveServer(site.router) { live in
            let client = try live.client()
            let head = try client.send("HEAD /static/css/site.css HTTP/1.1\r\nHost: t\r\n\r\n", expectBody: false)
            #expect(head.status == 200)
            #expect(head["Content-Length"] == "17")
            let next = try client.send(Self.get("/servizi/nido"))
            #expect(next.status == 200)
            #expect(next.text == "scheda nido")
        }
    }

    @Test(arguments: [
        "/static/../secret.txt", "/static/%2e%2e/secret.txt", "/static/%2E%2E/secret.txt", "/static/..%2fsecret.txt",
        "/static/%2e%2e%2fsecret.txt", "/static/..%5csecret.txt", "/static/..\\secret.txt", "/static/css/..%2f..%2fsecret.txt",
        "/static/%00", "/static/css/site.css%00.png", "/static/escape.txt", "/static/./../secret.txt",
        "/static//etc/passwd", "/static/%252e%252e/secret.txt", "/static/.%2e/secret.txt",
    ])
    func traversalAttemptsNeverLeakFiles(_ target: String) throws {
        let site = try Site()
        defer { site.dir.remove() }
        try withLiveServer(site.router) { live in
            let client = try live.client()
            try client.write(Self.get(target))
            let reply = try client.readResponse()
            #expect(reply.status == 400 || reply.status == 404, "\(target) → \(reply.status)")
            #expect(!reply.text.contains(Self.secret))
        }
    }

    @Test func unknownPathIs404AndWrongMethodIs405WithAllow() throws {
        let site = try Site()
        defer { site.dir.remove() }
        try withLiveServer(site.router) { live in
            let client = try live.client()
            #expect(try client.send(Self.get("/nessuna-pagina")).status == 404)
            let wrong = try client.send("DELETE /servizi/nido HTTP/1.1\r\nHost: t\r\nContent-Length: 0\r\n\r\n")
            #expect(wrong.status == 405)
            #expect(wrong["Allow"] == "GET, HEAD, POST, OPTIONS")
            let options = try client.send("OPTIONS /static/css/site.css HTTP/1.1\r\nHost: t\r\n\r\n")
            #expect(options.status == 204)
            #expect(options["Allow"] == "GET, HEAD, OPTIONS")
        }
    }

    @Test func formAndMultipartBodiesReachHandlersAndPerRouteLimitApplies() throws {
        let site = try Site()
        defer { site.dir.remove() }
        try withLiveServer(site.router) { live in
            let client = try live.client()
            let form = "titolo=Centro+diurno+%C3%A8"
            let posted = try client.send("POST /servizi/x HTTP/1.1\r\nHost: t\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: \(form.utf8.count)\r\n\r\n\(form)")
            #expect(posted.text == "titolo=Centro diurno è")
            let bad = "titolo=%zz"
            let refused = try client.send("POST /servizi/x HTTP/1.1\r\nHost: t\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: \(bad.utf8.count)\r\n\r\n\(bad)")
            #expect(refused.status == 400)
            let boundary = "XyZ"
            let body = "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\nContent-Type: text/plain\r\n\r\nciao\r\n--XyZ--\r\n"
            let upload = try client.send("POST /upload HTTP/1.1\r\nHost: t\r\nContent-Type: multipart/form-data; boundary=\(boundary)\r\nContent-Length: \(body.utf8.count)\r\n\r\n\(body)")
            #expect(upload.text == "a.txt:4")
            let large = String(repeating: "a", count: 65)
            let tooLarge = try live.client().send("POST /servizi/x HTTP/1.1\r\nHost: t\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 65\r\n\r\n\(large)")
            #expect(tooLarge.status == 413)
        }
    }

    @Test func metricsEndpointCountsRequestsByRouteAndAccessLogHasOneLineEach() throws {
        let site = try Site()
        defer { site.dir.remove() }
        try withLiveServer(site.router, observer: site.observer()) { live in
            let client = try live.client()
            for slug in ["a", "b", "c"] { _ = try client.send(Self.get("/servizi/\(slug)?q=segreto")) }
            _ = try client.send(Self.get("/nope"))
            _ = try client.send(Self.get("/static/robots.txt"))
            let metrics = try client.send(Self.get("/metrics"))
            #expect(metrics["Content-Type"] == ServerMetrics.contentType)
            #expect(metrics.text.contains("http_requests_total{route=\"/servizi/{slug}\",method=\"GET\",status=\"2xx\"} 3\n"))
            #expect(metrics.text.contains("http_requests_total{route=\"unmatched\",method=\"GET\",status=\"4xx\"} 1\n"))
            #expect(metrics.text.contains("http_requests_total{route=\"/static/{path...}\",method=\"GET\",status=\"2xx\"} 1\n"))
            #expect(metrics.text.contains("http_open_connections 1\n"))
            let garbage = try live.client()
            try garbage.write("GARBAGE\r\n\r\n")
            #expect(try garbage.readResponse().status >= 400)
        }
        #expect(site.metrics.parseErrorCount(status: 400) + site.metrics.parseErrorCount(status: 501) == 1)
        let lines = site.logLines.all
        #expect(lines.count == 6)
        #expect(lines.allSatisfy { !$0.contains("segreto") })
        #expect(lines.first?.contains("path=/servizi/a status=200") == true)
    }
}
