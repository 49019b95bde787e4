import HTTPServer
import Testing

@Suite struct CookieTests {
    @Test func parsesCookieHeaderLeniently() {
        let cookies = RequestCookies(header: "sid=abc123; theme=\"dark\";  lang=it ; broken; =novalue; bad name=x; sid=second")
        #expect(cookies["sid"] == "abc123")
        #expect(cookies.values(for: "sid") == ["abc123", "second"])
        #expect(cookies["theme"] == "dark")
        #expect(cookies["lang"] == "it")
        #expect(cookies["broken"] == nil)
        #expect(cookies.cookies.count == 4)
    }

    @Test func readsEveryCookieFieldOfARequest() {
        let request = makeRequest(.get, "/", headers: HTTPHeaders([("Cookie", "a=1"), ("cookie", "b=2")]))
        #expect(request.cookies["a"] == "1")
        #expect(request.cookies["b"] == "2")
        #expect(makeRequest(.get, "/").cookies.cookies.isEmpty)
    }

    @Test func buildsSetCookieWithSafeDefaults() throws {
        let value = try SetCookie(name: "sid", value: "abc", maxAge: 3600).headerValue()
        #expect(value == "sid=abc; Path=/; Max-Age=3600; Secure; HttpOnly; SameSite=Lax")
        let strict = try SetCookie(name: "csrf", value: "t", path: "/admin", domain: "example.org", secure: false, httpOnly: false, sameSite: .strict).headerValue()
        #expect(strict == "csrf=t; Path=/admin; Domain=example.org; SameSite=Strict")
        #expect(try SetCookie.expiring("sid").headerValue() == "sid=; Path=/; Max-Age=0; Secure; HttpOnly; SameSite=Lax")
    }

    @Test(arguments: ["a b", "a;b", "a,b", "a\"b", "a\\b", "è", "a\u{7F}"])
    func refusesValuesOutsideCookieOctet(_ value: String) {
        #expect(throws: CookieError.invalidValue(name: "x")) { try SetCookie(name: "x", value: value).headerValue() }
    }

    @Test func refusesInvalidNamesAndAttributes() {
        #expect(throws: CookieError.invalidName("a b")) { try SetCookie(name: "a b", value: "v").headerValue() }
        #expect(throws: CookieError.invalidName("")) { try SetCookie(name: "", value: "v").headerValue() }
        #expect(throws: CookieError.invalidAttribute(name: "x")) { try SetCookie(name: "x", value: "v", path: "/a;b").headerValue() }
        #expect(throws: CookieError.invalidAttribute(name: "x")) { try SetCookie(name: "x", value: "v", maxAge: -1).headerValue() }
        #expect(throws: CookieError.sameSiteNoneRequiresSecure(name: "x")) {
            try SetCookie(name: "x", value: "v", secure: false, sameSite: SetCookie.SameSite.none).headerValue()
        }
        #expect(throws: CookieError.prefixRulesBroken(name: "__Host-sid")) {
            try SetCookie(name: "__Host-sid", value: "v", path: "/admin").headerValue()
        }
    }

    @Test func addsOneSetCookieFieldPerCookie() throws {
        var response = HTTPResponse()
        try response.addCookie(SetCookie(name: "a", value: "1"))
        try response.addCookie(SetCookie(name: "b", value: "2"))
        #expect(response.headers.values(for: "Set-Cookie").count == 2)
    }
}
