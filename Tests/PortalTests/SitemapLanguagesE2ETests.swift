import Foundation
import Testing
import TestSupport
@testable import Portal

/// `/sitemap.xml` over a real socket, read by Python's XML parser: every Italian page that has
/// an English version is listed with it, and both name each other (and `x-default`, the
/// Italian page) with `xhtml:link rel="alternate" hreflang`; Italian-only pages have no alternates.
@Suite(.blocking) struct SitemapLanguagesE2ETests {
    @Test func everyItalianAddressHasItsEnglishAlternate() throws {
        let portal = try DemoPortal.get()
        let reply = try portal.get("/sitemap.xml")
        #expect(reply.status == 200 && reply["Content-Type"] == "application/xml; charset=utf-8")
        let entries = try Self.parse(reply.body)
        let base = "https://vetrina.example"
        let byLoc = Dictionary(entries.map { ($0.loc, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(byLoc.count == entries.count, "each address listed once")

        let italian = entries.filter { $0.loc != base + "/en" && !$0.loc.hasPrefix(base + "/en/") }
        #expect(italian.count >= 10)
        for entry in italian {
            let path = String(entry.loc.dropFirst(base.count))
            if path == "/imprese" {
                #expect(entry.alternates.isEmpty, "/imprese exists only in Italian")
                continue
            }
            let english = base + (path == "/" ? "/en" : "/en" + path)
            let expected = ["it": entry.loc, "en": english, "x-default": entry.loc]
            #expect(entry.alternates == expected, "\(path)")
            let other = try #require(byLoc[english], "\(english) is listed")
            #expect(other.alternates == expected && other.lastmod == entry.lastmod, "\(english) names the same versions")
        }
        #expect(entries.count == italian.count * 2 - 1, "one English entry per translated Italian one")
        for path in ["/", "/cerca", PortalPagesE2ETests.card, "/territori/mondovi", "/enti/mutua-piemonte"] {
            #expect(byLoc[base + path] != nil, "\(path) listed")
        }
        #expect(try portal.get("/en/territori/mondovi").status == 200)
        #expect(try portal.get("/en" + PortalPagesE2ETests.card).status == 200)
    }

    struct Entry: Equatable {
        var loc: String
        var lastmod: String?
        var alternates: [String: String]
    }

    /// Each `<url>` as loc, lastmod and hreflang → href, parsed by `xml.etree` (a malformed
    /// document fails the test); elements outside the two namespaces are refused.
    static func parse(_ bytes: [UInt8]) throws -> [Entry] {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sitemap-\(UUID().uuidString).xml")
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let script = """
        import json, sys, xml.etree.ElementTree as ET
        S, X = "{http://www.sitemaps.org/schemas/sitemap/0.9}", "{http://www.w3.org/1999/xhtml}"
        root = ET.parse(sys.argv[1]).getroot()
        assert root.tag == S + "urlset", root.tag
        out = []
        for u in root:
            assert u.tag == S + "url", u.tag
            entry = {"loc": None, "lastmod": None, "alternates": {}}
            for child in u:
                if child.tag == S + "loc": entry["loc"] = child.text
                elif child.tag == S + "lastmod": entry["lastmod"] = child.text
                elif child.tag == X + "link":
                    assert child.get("rel") == "alternate"
                    entry["alternates"][child.get("hreflang")] = child.get("href")
                else: raise AssertionError(child.tag)
            out.append(entry)
        print(json.dumps(out))
        """
        let output = try runPython(script, url.path)
        let list = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]])
        return list.map { item in
            Entry(loc: item["loc"] as? String ?? "", lastmod: item["lastmod"] as? String,
                  alternates: item["alternates"] as? [String: String] ?? [:])
        }
    }
}
