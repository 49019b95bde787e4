import Foundation
@testable import Portal
import Testing

/// HTML and JSON escaping work on UTF-8 bytes: multi-byte text, combining marks next to an
/// escaped character and the JavaScript line separators come out exactly right.
@Suite struct ByteEscapingTests {
    static let samples = [
        "", "plain", "Società – àèìòù ✓ 𝄞", "<\u{301}a>", "e\u{301}&", "'\"&<>", "a\u{0}b",
        "riga\nnuova\r\ttab", "\u{1}\u{1F}\u{7F}", "sep\u{2028}par\u{2029}fine", "\u{2027}\u{202A}", "\\ \" /",
    ]

    @Test func htmlEscapingMatchesTheScalarDefinition() {
        for text in Self.samples {
            var expected = ""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "&": expected += "&amp;"
                case "<": expected += "&lt;"
                case ">": expected += "&gt;"
                case "\"": expected += "&quot;"
                case "'": expected += "&#39;"
                case "\u{0}": expected += "\u{FFFD}"
                default: expected.unicodeScalars.append(scalar)
                }
            }
            var out = "prefix:"
            HTMLEscaping.escape(text, into: &out)
            #expect(out == "prefix:" + expected, "\(text.debugDescription)")
        }
    }

    @Test func jsonStringsDecodeBackAndHideScriptBreakers() throws {
        for text in Self.samples {
            var out = ""
            JSONValue.encodeString(text, into: &out)
            let decoded = try JSONSerialization.jsonObject(with: Data("[\(out)]".utf8)) as? [String]
            #expect(decoded == [text], "\(text.debugDescription) → \(out)")
            for forbidden in ["<", ">", "&", "\u{2028}", "\u{2029}", "\n"] {
                #expect(!out.contains(forbidden), "\(forbidden.debugDescription) in \(out)")
            }
            #expect(!out.unicodeScalars.contains { $0.value < 0x20 })
        }
        var out = ""
        JSONValue.encodeString("\u{1}a\u{2028}", into: &out)
        #expect(out == "\"\\u0001a\\u2028\"")
    }
}
