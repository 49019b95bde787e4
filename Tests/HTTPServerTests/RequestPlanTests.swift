import HTTPServer
import Synchronization
import Testing
import TestSupport

/// The engine decides about a request once, when its head arrives, and carries that plan to the
/// response; the router resolves its route in that one step.
@Suite(.blocking) struct RequestPlanTests {
    /// Counts how the engine talks to it; only `plan(for:)` should ever be called.
    final class CountingResponder: HTTPResponder {
        let plans = Mutex<[String]>([])
        let otherCalls = Atomic<Int>(0)

        func plan(for head: RequestHead) -> RequestPlan {
            plans.withLock { $0.append("\(head.method.rawValue) \(head.path)") }
            let path = String(head.path)
            return RequestPlan(maxBodySize: path == "/small" ? 8 : nil, runsOnEventLoop: path == "/loop") { request in
                HTTPResponse(contentType: "text/plain", text: "\(request.method.rawValue) \(path) \(request.body.count)")
            }
        }

        func respond(to request: HTTPRequest) -> HTTPResponse {
            otherCalls.add(1, ordering: .relaxed)
            return HTTPResponse(status: .internalServerError)
        }
        func maxBodySize(for head: RequestHead) -> Int? {
            otherCalls.add(1, ordering: .relaxed)
            return nil
        }
        func runsOnEventLoop(_ head: RequestHead) -> Bool {
            otherCalls.add(1, ordering: .relaxed)
            return false
        }
    }

    @Test func theEngineAsksForOnePlanPerRequestAndUsesOnlyIt() throws {
        let responder = CountingResponder()
        try withLiveServer(responder) { live in
            let client = try live.client()
            #expect(try client.send("GET /loop HTTP/1.1\r\nHost: t\r\n\r\n").text == "GET /loop 0")
            #expect(try client.send("POST /work HTTP/1.1\r\nHost: t\r\nContent-Length: 5\r\n\r\nhello").text == "POST /work 5")
            try client.write("POST /work HTTP/1.1\r\nHost: t\r\nContent-Length: 3\r\nExpect: 100-continue\r\n\r\n")
            #expect(try client.readResponse().status == 100)
            try client.write("abc")
            #expect(try client.readResponse().text == "POST /work 3")
            #expect(try client.send("HEAD /work HTTP/1.1\r\nHost: t\r\n\r\n", expectBody: false).status == 200)
            try client.write("GET /a HTTP/1.1\r\nHost: t\r\n\r\nGET /b HTTP/1.1\r\nHost: t\r\n\r\n")
            #expect(try client.readResponse().text == "GET /a 0")
            #expect(try client.readResponse().text == "GET /b 0")
            let refused = try client.send("POST /small HTTP/1.1\r\nHost: t\r\nContent-Length: 9\r\n\r\n123456789")
            #expect(refused.status == 413)  // the plan's limit, applied before the body
            client.close()
        }
        #expect(responder.plans.withLock { $0 } ==
            ["GET /loop", "POST /work", "POST /work", "HEAD /work", "GET /a", "GET /b", "POST /small"])
        #expect(responder.otherCalls.load(ordering: .relaxed) == 0)
    }

    @Test func theRoutersPlanCarriesTheResolvedRouteAndItsOptions() throws {
        var router = Router()
        try router.post("/upload/{name}", options: RouteOptions(maxBodySize: 4096)) { request in
            HTTPResponse(contentType: "text/plain", text: "got " + (request.pathParameters["name"] ?? "?"))
        }
        try router.get("/static/{path...}", options: RouteOptions(runsOnEventLoop: true)) { _ in
            HTTPResponse(contentType: "text/plain", text: "file")
        }
        let upload = router.plan(for: makeRequest(.post, "/upload/foto").head)
        #expect(upload.maxBodySize == 4096)
        #expect(!upload.runsOnEventLoop)
        #expect(upload.respond(to: makeRequest(.post, "/upload/foto")).bodyText == "got foto")
        #expect(router.plan(for: makeRequest(.get, "/static/a/b.css").head).runsOnEventLoop)
        // A refused parameter still lends its route's body limit; the answer is the 400 page.
        let refused = router.plan(for: makeRequest(.post, "/upload/a%2Fb").head)
        #expect(refused.maxBodySize == 4096)
        let page = refused.respond(to: makeRequest(.post, "/upload/a%2Fb"))
        #expect(page.status == .badRequest)
        #expect(page.routeLabel == "/upload/{name}")
        let missing = router.plan(for: makeRequest(.get, "/nope").head)
        #expect(missing.maxBodySize == nil && !missing.runsOnEventLoop)
        #expect(missing.respond(to: makeRequest(.get, "/nope")).status == .notFound)
    }

    /// A responder that needs the bound port is handed over after `listen()`: a request sent in
    /// between waits in the backlog and is answered by it (no placeholder responder, no lock).
    @Test func aServerListensFirstAndServesTheResponderGivenLater() throws {
        let server = Server(configuration: TestSupport.LiveServer.testConfiguration())
        try server.listen()
        defer { server.shutdown(gracePeriod: .seconds(2)) }
        let port = server.port
        #expect(port > 0)
        let client = try RawHTTPClient(port: port)
        defer { client.close() }
        try client.write("GET /porta HTTP/1.1\r\nHost: t\r\n\r\n")
        var router = Router()
        try router.get("/porta") { _ in HTTPResponse(contentType: "text/plain", text: "porta \(port)") }
        try server.start(serving: router)
        #expect(try client.readResponse().text == "porta \(port)")
        #expect(throws: ServerError.alreadyStarted) { try server.start(serving: router) }
    }

    @Test func aServerWithoutResponderRefusesPlainStartAndAListeningOneShutsDown() throws {
        let server = Server(configuration: TestSupport.LiveServer.testConfiguration())
        #expect(throws: ServerError.noResponder) { try server.start() }
        try server.listen()
        server.shutdown()
        server.waitUntilStopped()
    }
}
