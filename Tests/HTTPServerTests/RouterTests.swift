import HTTPServer
import Testing

@Suite struct RouterTests {
    static func text(_ s: String) -> HTTPResponse { HTTPResponse(contentType: "text/plain", text: s) }

    func sampleRouter() throws -> Router {
        var router = Router()
        try router.get("/") { _ in Self.text("home") }
        try router.get("/servizi/{slug}") { req in Self.text("card:" + (req.pathParameters["slug"] ?? "?")) }
        try router.get("/servizi/nuovo") { _ in Self.text("new-form") }
        try router.post("/servizi/{slug}", options: RouteOptions(maxBodySize: 4096)) { _ in Self.text("saved") }
        try router.get("/static/{path...}", options: RouteOptions(runsOnEventLoop: true)) { req in
            Self.text("file:" + (req.pathParameters["path"] ?? ""))
        }
        try router.get("/boom") { _ in throw CancellationErrorLike() }
        try router.get("/teapot") { _ in throw HTTPError(HTTPStatus(code: 418, reasonPhrase: "I'm a teapot")) }
        return router
    }

    struct CancellationErrorLike: Error {}

    @Test func matchesLiteralAndParameterRoutesWithLabel() throws {
        let router = try sampleRouter()
        let home = router.respond(to: makeRequest(.get, "/"))
        #expect(home.bodyText == "home")
        #expect(home.routeLabel == "/")
        let card = router.respond(to: makeRequest(.get, "/servizi/assistenza-domiciliare?x=1"))
        #expect(card.bodyText == "card:assistenza-domiciliare")
        #expect(card.routeLabel == "/servizi/{slug}")
    }

    @Test func literalSegmentBeatsParameter() throws {
        let response = try sampleRouter().respond(to: makeRequest(.get, "/servizi/nuovo"))
        #expect(response.bodyText == "new-form")
        #expect(response.routeLabel == "/servizi/nuovo")
    }

    @Test func percentDecodesParameters() throws {
        let response = try sampleRouter().respond(to: makeRequest(.get, "/servizi/caff%C3%A8%20sospeso"))
        #expect(response.bodyText == "card:caffè sospeso")
    }

    @Test(arguments: ["/servizi/a%2Fb", "/servizi/a%2fb", "/servizi/%00", "/servizi/%C3", "/servizi/%zz", "/servizi/a%5Cb", "/servizi/%0d%0a"])
    func refusesBadParametersWith400(_ target: String) throws {
        let response = try sampleRouter().respond(to: makeRequest(.get, target))
        #expect(response.status == .badRequest)
        #expect(response.routeLabel == "/servizi/{slug}")
    }

    @Test(arguments: ["/nope", "/servizi", "/servizi/", "/servizi/a/b", "//", "/servizi//x"])
    func answers404WhenNoPathMatches(_ target: String) throws {
        let response = try sampleRouter().respond(to: makeRequest(.get, target))
        #expect(response.status == .notFound)
        #expect(response.routeLabel == nil)
    }

    @Test func answers405WithAllowListingMethodsOfThePath() throws {
        let response = try sampleRouter().respond(to: makeRequest(.delete, "/servizi/x"))
        #expect(response.status == .methodNotAllowed)
        #expect(response.headers["Allow"] == "GET, HEAD, POST, OPTIONS")
        let staticPost = try sampleRouter().respond(to: makeRequest(.post, "/static/a.css"))
        #expect(staticPost.headers["Allow"] == "GET, HEAD, OPTIONS")
    }

    @Test func headIsServedByGetHandler() throws {
        let response = try sampleRouter().respond(to: makeRequest(.head, "/servizi/x"))
        #expect(response.status == .ok)
        #expect(response.bodyText == "card:x")
    }

    @Test func optionsIsAnsweredWithAllow() throws {
        let response = try sampleRouter().respond(to: makeRequest(.options, "/"))
        #expect(response.status == .noContent)
        #expect(response.headers["Allow"] == "GET, HEAD, OPTIONS")
    }

    @Test func catchAllCapturesRemainingSegmentsDecoded() throws {
        let response = try sampleRouter().respond(to: makeRequest(.get, "/static/css/sito%20nuovo.css"))
        #expect(response.bodyText == "file:css/sito nuovo.css")
        let encodedSlash = try sampleRouter().respond(to: makeRequest(.get, "/static/..%2f..%2fetc%2fpasswd"))
        #expect(encodedSlash.status == .badRequest)
    }

    @Test func thrownErrorsGoToErrorPageWithoutDetails() throws {
        let router = try sampleRouter()
        let boom = router.respond(to: makeRequest(.get, "/boom"))
        #expect(boom.status == .internalServerError)
        #expect(!boom.bodyText.contains("CancellationErrorLike"))
        #expect(boom.routeLabel == "/boom")
        #expect(router.respond(to: makeRequest(.get, "/teapot")).status.code == 418)
    }

    @Test func routeOptionsFeedTheEngineQuestions() throws {
        let router = try sampleRouter()
        #expect(router.maxBodySize(for: makeRequest(.post, "/servizi/x").head) == 4096)
        #expect(router.maxBodySize(for: makeRequest(.get, "/servizi/x").head) == nil)
        #expect(router.maxBodySize(for: makeRequest(.post, "/nope").head) == nil)
        #expect(router.runsOnEventLoop(makeRequest(.get, "/static/a.css").head))
        #expect(!router.runsOnEventLoop(makeRequest(.get, "/servizi/x").head))
    }

    @Test func customPagesAndPostProcessorApplyToEveryResponse() throws {
        var router = Router(
            pages: RouterPages(
                notFound: { _ in HTTPResponse(status: .notFound, contentType: "text/html", text: "<h1>Pagina non trovata</h1>") },
                methodNotAllowed: { _, allowed in
                    HTTPResponse(status: .methodNotAllowed, contentType: "text/html", text: "\(allowed.count)")
                }),
            postProcess: { _, response in response.headers.set("X-Frame-Options", "DENY") })
        try router.get("/a") { _ in Self.text("a") }
        let found = router.respond(to: makeRequest(.get, "/a"))
        let missing = router.respond(to: makeRequest(.get, "/b"))
        let wrongMethod = router.respond(to: makeRequest(.put, "/a"))
        #expect(missing.bodyText == "<h1>Pagina non trovata</h1>")
        #expect(wrongMethod.bodyText == "3")
        #expect(wrongMethod.headers["Allow"] == "GET, HEAD, OPTIONS")
        for response in [found, missing, wrongMethod] { #expect(response.headers["X-Frame-Options"] == "DENY") }
    }

    @Test func absoluteFormTargetIsRoutedByItsPath() throws {
        let response = try sampleRouter().respond(to: makeRequest(.get, "http://example.org/servizi/x?q=1"))
        #expect(response.bodyText == "card:x")
    }

    @Test func rejectsBadTemplatesAndDuplicates() throws {
        var router = Router()
        #expect(throws: RouterError.invalidPattern("servizi")) { try router.get("servizi") { _ in Self.text("") } }
        #expect(throws: RouterError.invalidPattern("/a/{rest...}/b")) { try router.get("/a/{rest...}/b") { _ in Self.text("") } }
        #expect(throws: RouterError.invalidPattern("/a/{x")) { try router.get("/a/{x") { _ in Self.text("") } }
        try router.get("/a/{x}") { _ in Self.text("") }
        #expect(throws: RouterError.duplicateRoute(method: "GET", pattern: "/a/{x}")) { try router.get("/a/{x}") { _ in Self.text("") } }
    }

    @Test func encodedLiteralSegmentsMatch() throws {
        var router = Router()
        try router.get("/città") { _ in Self.text("ok") }
        #expect(router.respond(to: makeRequest(.get, "/citt%C3%A0")).bodyText == "ok")
    }

    @Test func literalFastPathDefersToOtherMethodsOnParameterRoutes() throws {
        let router = try sampleRouter()
        let post = router.respond(to: makeRequest(.post, "/servizi/nuovo"))
        #expect(post.bodyText == "saved")
        #expect(post.routeLabel == "/servizi/{slug}")
        #expect(router.maxBodySize(for: makeRequest(.post, "/servizi/nuovo").head) == 4096)
        #expect(router.respond(to: makeRequest(.head, "/servizi/nuovo")).bodyText == "new-form")
    }

    @Test func explicitHeadRouteWinsOverGetFallback() throws {
        var router = Router()
        try router.get("/a") { _ in Self.text("get") }
        try router.add(.head, "/{x}") { _ in Self.text("head") }
        #expect(router.respond(to: makeRequest(.head, "/a")).bodyText == "head")
        #expect(router.respond(to: makeRequest(.get, "/a")).bodyText == "get")
    }

    @Test func asteriskAndNonOriginTargetsNeverReachTheRootRoute() throws {
        let router = try sampleRouter()
        #expect(router.respond(to: makeRequest(.get, "*")).status == .notFound)
        #expect(router.respond(to: makeRequest(.get, "servizi/x")).status == .notFound)
        let serverWide = router.respond(to: makeRequest(.options, "*"))
        #expect(serverWide.status == .noContent)
        #expect(serverWide.headers["Allow"] == "GET, HEAD, POST, OPTIONS")
        #expect(router.maxBodySize(for: makeRequest(.post, "*").head) == nil)
    }
}
