import HTTPServer
import Testing
import TestSupport

/// The test helpers other suites lean on: if they answered wrongly, those suites could pass
/// without testing anything.
@Suite struct TestSupportTests {
    func reply(_ body: String) -> HTTPReply {
        HTTPReply(version: "HTTP/1.1", status: 200, reason: "OK", headers: HTTPHeaders(), body: Array(body.utf8))
    }

    @Test func bodyContainsFindsTheBytesAnywhereAndOnlyThem() {
        let page = reply("<html lang=\"it\"><p>ciao <vtrx</p></html>")
        #expect(page.bodyContains("<html lang=\"it\">"))   // at the start
        #expect(page.bodyContains("</html>"))              // at the end
        #expect(page.bodyContains("<vtrx"))
        #expect(!page.bodyContains("<vtrxx"))
        #expect(!page.bodyContains("<html lang=\"en\">"))
        #expect(!page.bodyContains("</html>!"))             // longer than what is left
        #expect(reply("aaab").bodyContains("aab"))          // a first byte that matches before the real hit
        #expect(!reply("").bodyContains("a"))
        #expect(reply("").bodyContains(""))
        #expect(reply("città").bodyContains("tà"))          // UTF-8 needles are bytes too
    }

    @Test func bodyContainsAgreesWithTextContainsOnASCIINeedles() {
        let body: [UInt8] = [0x3C, 0xFF, 0x61, 0xC3, 0x3C, 0x62, 0x3E]   // invalid UTF-8 around "<b>"
        let bytes = HTTPReply(version: "HTTP/1.1", status: 200, reason: "OK", headers: HTTPHeaders(), body: body)
        for needle in ["<b>", "a", "<", "b>", "<a", "ab", "x"] {
            #expect(bytes.bodyContains(needle) == bytes.text.contains(needle), "\(needle)")
        }
    }

    @Test func manualClockMovesItsThreeReadingsTogether() {
        let clock = ManualClock(now: 1_750_000_000)
        let instant = clock.instant
        #expect(clock.nowSeconds() == 1_750_000_000)
        #expect(clock.nanoseconds == 1_000_000_000)
        clock.advance(by: 90)
        #expect(clock.nowSeconds() == 1_750_000_090)
        #expect(clock.nanoseconds == 91_000_000_000)
        #expect(clock.instant - instant == .seconds(90))
        clock.advance(.milliseconds(1_500))
        #expect(clock.nowSeconds() == 1_750_000_091)         // whole seconds, rounded down
        #expect(clock.nanoseconds == 92_500_000_000)
        clock.advance(by: -92)
        #expect(clock.nowSeconds() == 1_749_999_999)         // -0.5 s rounds down too
        #expect(ManualClock().nowSeconds() == 1_700_000_000)
    }
}
