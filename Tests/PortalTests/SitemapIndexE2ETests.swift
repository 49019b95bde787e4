import Foundation
import Testing
import TestSupport
@testable import Portal

/// Past `sitemapURLsPerFile` entries `/sitemap.xml` is a sitemap index (read by Python's XML
/// parser): its files hold at most that many entries, together exactly the entries of the single
/// sitemap, in the same order, and each index entry carries its file's latest `lastmod`.
@Suite(.blocking) struct SitemapIndexE2ETests {
    static let perFile = 500

    @Test func aLargeSitemapIsSplitIntoFilesThatTogetherListEveryAddressOnce() throws {
        let whole = try SitemapLanguagesE2ETests.parse(try DemoPortal.get().get("/sitemap.xml").body)
        #expect(whole.count > 2 * Self.perFile, "the demo catalog needs at least three files")

        let storage = try TestDatabase(.demo, prefix: "vetrina-sitemap-index")
        defer { storage.remove() }
        var configuration = PortalConfiguration(site: SiteContext(baseURL: "https://vetrina.example"))
        configuration.sitemapURLsPerFile = Self.perFile
        let app = PortalApplication(catalog: try SQLitePortalCatalog(pool: storage.pool), configuration: configuration, log: { _ in })
        let live = try LiveServer.start(try app.makeRouter(), configure: LiveServer.portalTest)
        defer { live.stop() }
        func get(_ target: String) throws -> HTTPReply {
            let client = try live.client(timeout: .seconds(10))
            defer { client.close() }
            return try client.send("GET \(target) HTTP/1.1\r\nHost: vetrina.example\r\nConnection: close\r\n\r\n")
        }

        let index = try get("/sitemap.xml")
        #expect(index.status == 200 && index["Content-Type"] == "application/xml; charset=utf-8")
        let files = try Self.parseIndex(index.body)
        let expectedCount = (whole.count + Self.perFile - 1) / Self.perFile
        #expect(files.map(\.loc) == (1...expectedCount).map { "https://vetrina.example/sitemap/\($0).xml" })

        var joined: [SitemapLanguagesE2ETests.Entry] = []
        for (number, file) in files.enumerated() {
            let reply = try get("/sitemap/\(number + 1).xml")
            #expect(reply.status == 200)
            let entries = try SitemapLanguagesE2ETests.parse(reply.body)
            #expect(entries.count <= Self.perFile && !entries.isEmpty)
            #expect(file.lastmod == entries.compactMap(\.lastmod).max(), "file \(number + 1)")
            joined += entries
        }
        #expect(joined == whole, "the files together are the single sitemap")

        for name in ["0.xml", "\(expectedCount + 1).xml", "1", "01.xml", "x.xml", "-1.xml"] {
            #expect(try get("/sitemap/\(name)").status == 404, "\(name)")
        }
    }

    @Test func aSmallSitemapHasNoFilesOfItsOwn() throws {
        #expect(try DemoPortal.get().get("/sitemap/1.xml").status == 404)
    }

    /// Each `<sitemap>` of a sitemap index as loc and lastmod.
    static func parseIndex(_ bytes: [UInt8]) throws -> [(loc: String, lastmod: String?)] {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sitemap-index-\(UUID().uuidString).xml")
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let script = """
        import json, sys, xml.etree.ElementTree as ET
        S = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
        root = ET.parse(sys.argv[1]).getroot()
        assert root.tag == S + "sitemapindex", root.tag
        out = []
        for s in root:
            assert s.tag == S + "sitemap", s.tag
            out.append({c.tag[len(S):]: c.text for c in s})
        print(json.dumps(out))
        """
        let output = try runPython(script, url.path)
        let list = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: String]])
        return list.map { (loc: $0["loc"] ?? "", lastmod: $0["lastmod"]) }
    }
}
