import Catalog
import Foundation
import Testing
import TestSupport
@testable import Portal

/// Pins what the place field resolves over the real 1,180 comuni (same results, same order),
/// whichever lookup sits underneath.
@Suite struct ComuneDirectoryRealDataTests {
    static let database = Result { try TestDatabase(.base(seededAt: Date(timeIntervalSince1970: 1_750_000_000)), prefix: "comune-directory") }

    func directory() throws -> ComuneDirectory {
        let territories = TerritoryRepository(pool: try Self.database.get().pool)
        return ComuneDirectory(comuni: try territories.provinces().flatMap { try territories.comuni(inProvince: $0.id) })
    }

    func slugs(_ match: ComuneMatch) -> String {
        switch match {
        case .found(let c): return "found " + c.slug
        case .ambiguous(let cs): return "ambiguous " + cs.map(\.slug).joined(separator: ",")
        case .notFound(let cs): return "notFound " + cs.map(\.slug).joined(separator: ",")
        }
    }

    @Test func resolvesNamesSlugsPostalCodesPartialNamesAndMisspellings() throws {
        let d = try directory()
        #expect(d.count == 1180)
        #expect(slugs(d.resolve("mondovi'")) == "found mondovi")
        #expect(slugs(d.resolve("sant antonino di susa")) == "found sant-antonino-di-susa")
        #expect(slugs(d.resolve("10060")) == "ambiguous " + d.suggestions("10060", limit: 100).map(\.slug).joined(separator: ","))
        #expect(slugs(d.resolve("villanova")) == "ambiguous villanova-biellese,villanova-canavese,villanova-mondovi,"
            + "villanova-monferrato,villanova-solaro,villanova-d-asti")
        #expect(slugs(d.resolve("san giorgio")) == "ambiguous san-giorgio-canavese,san-giorgio-monferrato,san-giorgio-scarampi,torre-san-giorgio")
        #expect(slugs(d.resolve("Pinerollo")) == "notFound pinerolo")
        #expect(slugs(d.resolve("zz")) == "notFound ")
    }

    @Test func suggestsByBeginningThenLaterWordAndByPostalCodePrefix() throws {
        let d = try directory()
        #expect(d.suggestions("giorgio canavese", limit: 5).map(\.slug) == ["san-giorgio-canavese"])
        #expect(d.suggestions("1006", limit: 3).map(\.slug) == ["airasca", "angrogna", "bibiana"])
        #expect(d.nearSpellings(of: "giorgio canavese", limit: 5).map(\.slug)
            == ["fiorano-canavese", "orio-canavese", "forno-canavese", "san-giorgio-canavese"])
        #expect(d.nearSpellings(of: "Tornio", limit: 5).isEmpty)
    }
}
