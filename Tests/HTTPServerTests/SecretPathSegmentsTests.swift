import Testing
@testable import HTTPServer

/// Capability tokens in paths are written as `{name}`; other paths pass unchanged.
@Suite struct SecretPathSegmentsTests {
    let secrets = try! SecretPathSegments(["/piani/{token}", "/a/{x}/b/{y}", "/file/{rest...}"])

    @Test(arguments: [
        ("/piani/Xk3-9_a", "/piani/{token}"),
        ("/piani/Xk3/stampa", "/piani/{token}/stampa"),
        ("/piani/", "/piani/{token}"),
        ("/a/1/b/2/c", "/a/{x}/b/{y}/c"),
        ("/a/1/c/2", "/a/1/c/2"),
        ("/file/one/two", "/file/{rest...}"),
        ("/piani", "/piani"),
        ("/pianii/Xk3", "/pianii/Xk3"),
        ("/servizi/piani/Xk3", "/servizi/piani/Xk3"),
        ("/", "/"),
    ])
    func redacts(path: String, expected: String) {
        #expect(String(secrets.redact(path[...])) == expected)
    }

    @Test func theAccessLogWritesTheRedactedPath() {
        let log = AccessLog(now: { (0, 0) }, secrets: secrets, sink: { _ in })
        let line = log.line(for: AccessLogTests.request(path: "/piani/SEGRETO?x=1"))
        #expect(line.contains(" path=/piani/{token} "))
        #expect(!line.contains("SEGRETO"))
        #expect(SecretPathSegments.none.redact("/piani/SEGRETO") == "/piani/SEGRETO")
    }

    @Test func aMalformedTemplateIsRefused() {
        #expect(throws: RouterError.self) { try SecretPathSegments(["piani/{token}"]) }
    }
}
