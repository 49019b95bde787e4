import Foundation
import Testing
import TestSupport
@testable import Portal

/// The sitemap index and its files are cut from one entry list read at most once per cache
/// period (an `ExpiringCache` in `CrawlerHandlers`): a crawler walking every file costs one catalog read, and a
/// write landing between two of its requests cannot make the index and the files disagree.
@Suite(.blocking) struct SitemapURLCacheTests {
    static func entries(_ n: Int) -> [CrawlerHandlers.URLEntry] {
        (0..<n).map { CrawlerHandlers.URLEntry(xml: "<url>\($0)</url>\n", lastmod: nil) }
    }

    @Test func theListIsBuiltOncePerLifetimeAndNotStoredWhenTheBuildFails() throws {
        let clock = ManualClock()
        let cache = ExpiringCache<[CrawlerHandlers.URLEntry]>(lifetime: .seconds(3_600), now: { clock.instant })
        struct Unreadable: Error {}
        #expect(throws: Unreadable.self) { try cache.value { throw Unreadable() } }
        #expect(try cache.value { Self.entries(3) }.count == 3)
        clock.advance(.seconds(3_599))
        #expect(try cache.value { Self.entries(7) }.count == 3, "still fresh")
        clock.advance(.seconds(1))
        #expect(try cache.value { Self.entries(7) }.count == 7, "a lifetime later: rebuilt")
        #expect(cache.computeCount == 2)
    }

    @Test func concurrentRequestsOfAStaleListShareOneBuild() throws {
        let cache = ExpiringCache<[CrawlerHandlers.URLEntry]>(lifetime: .seconds(CrawlerHandlers.cacheSeconds))
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            _ = try? cache.value { Thread.sleep(forTimeInterval: 0.02); return Self.entries(2) }
        }
        #expect(cache.computeCount == 1)
    }

    @Test func theIndexAndItsFilesComeFromOneCatalogRead() throws {
        let storage = try TestDatabase(.demo, prefix: "vetrina-sitemap-cache")
        defer { storage.remove() }
        var configuration = PortalConfiguration(site: SiteContext(baseURL: "https://vetrina.example"))
        configuration.sitemapURLsPerFile = 200
        let app = PortalApplication(catalog: try SQLitePortalCatalog(pool: storage.pool), configuration: configuration, log: { _ in })
        let live = try LiveServer.start(try app.makeRouter(), configure: LiveServer.portalTest)
        defer { live.stop() }
        func get(_ target: String) throws -> HTTPReply {
            let client = try live.client(timeout: .seconds(10))
            defer { client.close() }
            return try client.send("GET \(target) HTTP/1.1\r\nHost: vetrina.example\r\nConnection: close\r\n\r\n")
        }
        let index = try get("/sitemap.xml"), first = try get("/sitemap/1.xml")
        #expect(index.status == 200 && first.status == 200 && first.text.contains("/servizi/"))
        // Cards leave the public catalog mid-walk: the walk keeps the list it started with.
        try storage.pool.write { db in try db.run("UPDATE service SET status = 'draft' WHERE status = 'published'") }
        #expect(try get("/sitemap.xml").text == index.text)
        #expect(try get("/sitemap/1.xml").text == first.text)
        let files = index.text.components(separatedBy: "<sitemap>").count - 1
        #expect(files > 1)
        #expect(try get("/sitemap/\(files).xml").status == 200, "the index's last file is still there")
    }
}
