import HTTPServer
import Testing
import TestSupport
import Accounts

@Suite struct StaticFilesTests {
    /// A Public/ like tree plus a secret file next to it and symlinks in and out.
    static func makeTree() throws -> TemporaryDirectory {
        let dir = try TemporaryDirectory()
        try dir.write("public/css/site.css", "body{color:#000}")
        try dir.write("public/robots.txt", "User-agent: *\n")
        try dir.write("public/icons/logo.svg", "<svg/>")
        try dir.write("public/.env", "SECRET=1")
        try dir.write("secret.txt", "top secret")
        try dir.symlink("public/escape.txt", to: dir.path + "/secret.txt")
        try dir.symlink("public/inside.css", to: "css/site.css")
        try dir.symlink("public/escape-dir", to: dir.path)
        try dir.setModificationTime("public/css/site.css", secondsSince1970: 1_700_000_000)
        return dir
    }

    static func files(_ dir: TemporaryDirectory) throws -> StaticFiles {
        try StaticFiles(root: dir.path + "/public", cacheControl: "public, max-age=60")
    }

    @Test func servesFileAsRegionWithValidatorsAndType() throws {
        let dir = try Self.makeTree()
        defer { dir.remove() }
        let response = try Self.files(dir).respond(to: makeRequest(.get, "/static/css/site.css"), relativePath: "css/site.css")
        #expect(response.status == .ok)
        #expect(response.headers["Content-Type"] == "text/css; charset=utf-8")
        #expect(response.headers["Cache-Control"] == "public, max-age=60")
        #expect(response.headers["Last-Modified"] == "Tue, 14 Nov 2023 22:13:20 GMT")
        #expect(response.headers["ETag"]?.hasPrefix("\"10-") == true)
        guard case .file(let region) = response.body else { Issue.record("not a file body"); return }
        #expect(region.length == 16)
        #expect(region.offset == 0)
        #expect(region.path.hasSuffix("/public/css/site.css"))
    }

    @Test(arguments: [
        "../secret.txt", "css/../../secret.txt", "..", ".", "", "css//site.css", "/etc/passwd", ".env",
        "css\\..\\..\\secret.txt", "css/site.css\u{0}.png", "escape.txt", "escape-dir/secret.txt", "css", "missing.css",
        "%2e%2e/secret.txt",
    ])
    func refusesTraversalHiddenSymlinkEscapesAndDirectories(_ relative: String) throws {
        let dir = try Self.makeTree()
        defer { dir.remove() }
        let response = try Self.files(dir).respond(to: makeRequest(.get, "/x"), relativePath: relative)
        #expect(response.status == .notFound)
    }

    @Test func followsSymlinksThatStayInside() throws {
        let dir = try Self.makeTree()
        defer { dir.remove() }
        let response = try Self.files(dir).respond(to: makeRequest(.get, "/x"), relativePath: "inside.css")
        #expect(response.status == .ok)
    }

    @Test func ifNoneMatchGives304AndTakesPrecedence() throws {
        let dir = try Self.makeTree()
        defer { dir.remove() }
        let files = try Self.files(dir)
        let etag = try #require(files.respond(to: makeRequest(.get, "/x"), relativePath: "robots.txt").headers["ETag"])
        let matching = files.respond(to: makeRequest(.get, "/x", headers: ["If-None-Match": "\"nope\", W/\(etag)"]), relativePath: "robots.txt")
        #expect(matching.status == .notModified)
        #expect(matching.headers["ETag"] == etag)
        #expect(matching.body.count == 0)
        let star = files.respond(to: makeRequest(.head, "/x", headers: ["If-None-Match": "*"]), relativePath: "robots.txt")
        #expect(star.status == .notModified)
        // A non-matching If-None-Match wins over a matching If-Modified-Since (RFC 9110 §13.2.2).
        let future = HTTPDate.format(secondsSince1970: 4_000_000_000)
        let mismatch = files.respond(to: makeRequest(.get, "/x", headers: ["If-None-Match": "\"other\"", "If-Modified-Since": future]), relativePath: "robots.txt")
        #expect(mismatch.status == .ok)
    }

    @Test func ifModifiedSinceComparesWholeSeconds() throws {
        let dir = try Self.makeTree()
        defer { dir.remove() }
        let files = try Self.files(dir)
        let cases: [(String, HTTPStatus)] = [
            ("Tue, 14 Nov 2023 22:13:20 GMT", .notModified),
            ("Tue, 14 Nov 2023 22:13:21 GMT", .notModified),
            ("Tue, 14 Nov 2023 22:13:19 GMT", .ok),
            ("Tuesday, 14-Nov-23 22:13:20 GMT", .notModified),
            ("Tue Nov 14 22:13:20 2023", .notModified),
            ("not a date", .ok),
        ]
        for (date, expected) in cases {
            let response = files.respond(to: makeRequest(.get, "/x", headers: ["If-Modified-Since": date]), relativePath: "css/site.css")
            #expect(response.status == expected, "If-Modified-Since: \(date)")
        }
    }

    @Test func onlyGetAndHead() throws {
        let dir = try Self.makeTree()
        defer { dir.remove() }
        let response = try Self.files(dir).respond(to: makeRequest(.post, "/x"), relativePath: "robots.txt")
        #expect(response.status == .methodNotAllowed)
        #expect(response.headers["Allow"] == "GET, HEAD")
    }

    @Test func routerIntegrationServesPrefixAndRootFiles() throws {
        let dir = try Self.makeTree()
        defer { dir.remove() }
        let files = try Self.files(dir)
        var router = Router()
        try router.addStaticFiles(files, at: "/static/")
        try router.addStaticFile(files, path: "/robots.txt", file: "robots.txt")
        #expect(router.respond(to: makeRequest(.get, "/static/icons/logo.svg")).headers["Content-Type"] == "image/svg+xml")
        #expect(router.respond(to: makeRequest(.get, "/robots.txt")).status == .ok)
        #expect(router.respond(to: makeRequest(.get, "/static/%2e%2e/secret.txt")).status == .notFound)
        #expect(router.respond(to: makeRequest(.get, "/static/..%2fsecret.txt")).status == .badRequest)
        #expect(router.respond(to: makeRequest(.get, "/static/../secret.txt")).status == .notFound)
        #expect(router.respond(to: makeRequest(.get, "/static/css%5c..%5csite.css")).status == .badRequest)
        #expect(router.runsOnEventLoop(makeRequest(.get, "/static/css/site.css").head))
    }

    @Test func missingRootThrows() {
        #expect(throws: StaticFilesError.rootNotFound("/nonexistent/vetrina")) { try StaticFiles(root: "/nonexistent/vetrina") }
    }

    @Test(arguments: [
        ("a.css", "text/css; charset=utf-8"), ("A.JS", "text/javascript; charset=utf-8"), ("i.svg", "image/svg+xml"),
        ("p.png", "image/png"), ("favicon.ico", "image/x-icon"), ("r.txt", "text/plain; charset=utf-8"),
        ("s.xml", "application/xml"), ("d.json", "application/json"), ("site.webmanifest", "application/manifest+json"),
        ("f.woff2", "font/woff2"), ("i.html", "text/html; charset=utf-8"), ("noext", "application/octet-stream"),
        (".hidden", "application/octet-stream"), ("dir.d/file", "application/octet-stream"),
    ])
    func contentTypeTable(_ name: String, _ expected: String) {
        #expect(MIMETypes.contentType(forPath: name) == expected)
    }
}
