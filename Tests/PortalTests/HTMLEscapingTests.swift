import Testing
@testable import Portal

@Suite struct HTMLEscapingTests {
    @Test func interpolatedStringsAreEscaped() {
        let hostile = "<script>alert('x')</script> & \"quoted\""
        let html: HTML = "<p>\(hostile)</p>"
        #expect(html.rendered == "<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;</p>")
    }

    @Test func htmlValuesAreInsertedRaw() {
        let inner: HTML = "<em>ciao</em>"
        let outer: HTML = "<p>\(inner)</p>"
        #expect(outer.rendered == "<p><em>ciao</em></p>")
    }

    @Test func attributeValuesCannotBreakOutOfQuotes() {
        let value = "\" onmouseover=\"alert(1)"
        let html: HTML = "<input value=\"\(value)\">"
        #expect(!html.rendered.contains("\" onmouseover"))
        #expect(html.rendered == "<input value=\"&quot; onmouseover=&quot;alert(1)\">")
        #expect(HTMLEscaping.attribute("a'b") == "a&#39;b")
    }

    @Test func textWithoutSpecialCharactersIsUnchanged() {
        #expect(HTMLEscaping.escape("Società Mutua Piemonte – àèìòù") == "Società Mutua Piemonte – àèìòù")
    }

    @Test func nulCharacterIsReplaced() {
        #expect(HTMLEscaping.escape("a\u{0}b") == "a\u{FFFD}b")
    }

    @Test func optionalStringsAndNumbers() {
        let none: String? = nil
        let some: String? = "<b>"
        let html: HTML = "\(none)|\(some)|\(42)"
        #expect(html.rendered == "|&lt;b&gt;|42")
    }

    @Test func joinUsesSeparatorBetweenFragmentsOnly() {
        let joined = HTML.join(["<li>a</li>", "<li>b</li>"], separator: ", ")
        #expect(joined.rendered == "<li>a</li>, <li>b</li>")
        #expect(HTML.join([]).isEmpty)
    }
}

@Suite struct SafeURLTests {
    @Test(arguments: ["javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,x", "//evil.example", "vbscript:x", "", "java\nscript:x"])
    func refusesDangerousURLs(_ candidate: String) {
        #expect(SafeURL(candidate) == nil)
    }

    @Test(arguments: ["/servizi/a-casa", "#contatti", "https://www.mutuapiemonte.it", "http://x.it/a?b=c", "mailto:ufficio@mutuapiemonte.it", "tel:0121795191"])
    func acceptsOrdinaryURLs(_ candidate: String) {
        #expect(SafeURL(candidate)?.value == candidate)
    }

    @Test func websiteWithoutSchemeGetsHTTPS() {
        #expect(SafeURL.website("www.mutuapiemonte.it")?.value == "https://www.mutuapiemonte.it")
        #expect(SafeURL.website("javascript:alert(1)") == nil)
    }

    @Test func telephoneKeepsDigitsAndPlus() {
        #expect(SafeURL.telephone("0121 795191")?.value == "tel:0121795191")
        #expect(SafeURL.telephone("+39 011-123 45")?.value == "tel:+3901112345")
        #expect(SafeURL.telephone("no") == nil)
    }

    @Test func emailMustLookLikeAnAddress() {
        #expect(SafeURL.email("ufficio@mutuapiemonte.it")?.value == "mailto:ufficio@mutuapiemonte.it")
        #expect(SafeURL.email("a@b") == nil)
        #expect(SafeURL.email("a@b.it?subject=x") == nil)
    }

    @Test func builtPathsNeverBecomeProtocolRelative() {
        #expect(SafeURL(path: "//evil.example").value == "/")
        #expect(SafeURL(path: "/cerca?q=x").value == "/cerca?q=x")
    }
}

@Suite struct JSONValueTests {
    @Test func encodesObjectsInOrderAndEscapesMarkup() {
        let value = JSONValue.object([("name", "</script><b>"), ("n", .number(3)), ("ok", .bool(true)), ("x", .null)])
        #expect(value.encoded == #"{"name":"\u003c/script\u003e\u003cb\u003e","n":3,"ok":true,"x":null}"#)
    }

    @Test func escapesControlCharactersAndQuotes() {
        #expect(JSONValue.string("a\"b\\c\nd\u{1}").encoded == #""a\"b\\c\nd\u0001""#)
    }

    @Test func compactObjectDropsNulls() {
        let value = JSONValue.compactObject([("a", .null), ("b", "c")])
        #expect(value.encoded == #"{"b":"c"}"#)
    }

    @Test func scriptSafeNeverContainsClosingTag() {
        #expect(!JSONLD.scriptSafe(#"{"a":"</script>"}"#).rendered.contains("</script"))
    }
}
