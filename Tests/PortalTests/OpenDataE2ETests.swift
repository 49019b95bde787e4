@testable import Catalog
import Foundation
import Testing
import TestSupport
@testable import Portal

/// The open data API over real sockets against the demo catalog.
@Suite(.blocking) struct OpenDataE2ETests {
    @Test func paginationTotalsAgreeWithTheSearchPage() throws {
        let portal = try OpenDataTestPortal()
        let cases: [(api: [(String, String)], cerca: [(String, String)])] = [
            ([], []),
            ([("postcode", "Pinerolo")], [("comune", "Pinerolo")]),
            ([("postcode", "12084")], [("comune", "12084")]),
            ([("search", "assistenza")], [("q", "assistenza")]),
            ([("search", "anziani"), ("postcode", "Cuneo")], [("q", "anziani"), ("comune", "Cuneo")]),
        ]
        for (api, cerca) in cases {
            let listed = try portal.allServiceIDs(URLQuery(api).encoded)
            let page = try portal.get(URLQuery(cerca).url("/cerca"))
            #expect(page.status == 200)
            let searchTotal = page.resultCount ?? Self.countWithoutSummary(page)
            #expect(listed.total == searchTotal, "\(api)")
            #expect(listed.ids.count == listed.total, "\(api)")
            #expect(Set(listed.ids).count == listed.ids.count, "\(api)")
        }
    }

    /// `/cerca` without filters has no summary sentence with a number in every wording; count items.
    static func countWithoutSummary(_ page: HTTPReply) -> Int { page.resultSlugs.count }

    @Test func modifiedAfterReturnsExactlyTheCardsChangedAfterAWrite() throws {
        let portal = try OpenDataTestPortal()
        let before = try portal.allServiceIDs("").ids
        // Timestamps are whole seconds: the write happens at a second after every second the seed
        // ran in (on a test clock, instead of waiting for the real clock to get there).
        let writeSecond = Int64(Date().timeIntervalSince1970.rounded(.down)) + 2
        let start = Date(timeIntervalSince1970: TimeInterval(writeSecond))
        let repository = ServiceRepository(pool: portal.database)
        let changed = try #require(try repository.recentlyUpdated(limit: 2).last)
        let service = try repository.service(id: changed.id)
        var draft = service.fields
        draft.summary += " Aggiornato."
        _ = try CatalogTestWrites(pool: portal.database, clock: ManualClock(now: writeSecond))
            .updateCard(id: service.id, expectedVersion: service.version, with: draft)

        let stamp = OpenDataTime.rfc3339(start)
        let after = try portal.allServiceIDs("modified_after=\(stamp)")
        #expect(after.ids == [service.uuid.lowercasedString])
        #expect(after.total == 1)
        #expect(try portal.allServiceIDs("modified_after=2000-01-01").ids.sorted() == before.sorted())
        let later = OpenDataTime.rfc3339(start.addingTimeInterval(3_600))
        #expect(try portal.allServiceIDs("modified_after=\(later)").total == 0)
    }

    @Test(arguments: [
        "/api/v1/services?page=0", "/api/v1/services?page=uno", "/api/v1/services?per_page=0",
        "/api/v1/services?modified_after=ieri", "/api/v1/services?modified_after=2025-02-30",
        "/api/v1/services?organization_id=42", "/api/v1/services?taxonomy_term_id=anziani",
        "/api/v1/services?postcode=Atlantide", "/api/v1/services?minimal=si", "/api/v1/services?format=csv",
        "/api/v1/services?minimal=true&full=true", "/api/v1/services?unknown=1", "/api/v1/services?page=1&page=2",
        "/api/v1/services?search=%E0%A4", "/api/v1/services/123", "/api/v1/service_at_locations?postcode=",
        "/api/v1/organizations/xyz", "/api/v1/taxonomy_terms?taxonomy_id=need", "/api/v1/?x=1",
    ])
    func badParametersGiveAJSON400(_ target: String) throws {
        let portal = try Self.sharedPortal()
        let reply = try portal.get(target)
        #expect(reply.status == 400, "\(target)")
        #expect(reply["Content-Type"] == "application/json; charset=utf-8", "\(target)")
        let object = try JSONSerialization.jsonObject(with: Data(reply.body)) as? [String: Any]
        #expect((object?["error"] as? String)?.isEmpty == false, "\(target)")
    }

    @Test func unknownIdsAndPathsGiveAJSON404() throws {
        let portal = try Self.sharedPortal()
        for target in ["/api/v1/services/00000000-0000-4000-8000-000000000000", "/api/v1/v2/services",
                       "/api/v1/taxonomy_terms/00000000-0000-4000-8000-000000000000"] {
            let reply = try portal.get(target)
            #expect(reply.status == 404, "\(target)")
            #expect(reply["Content-Type"] == "application/json; charset=utf-8", "\(target)")
        }
    }

    @Test func conditionalRequestsAndCORS() throws {
        let portal = try Self.sharedPortal()
        let first = try portal.get("/api/v1/services?per_page=5")
        let etag = try #require(first["ETag"])
        #expect(first["Access-Control-Allow-Origin"] == "*")
        #expect(first["Last-Modified"] != nil)
        let again = try portal.get("/api/v1/services?per_page=5", headers: "If-None-Match: \(etag)\r\n")
        #expect(again.status == 304)
        #expect(again.body.isEmpty)
        let other = try portal.get("/api/v1/services?per_page=4", headers: "If-None-Match: \(etag)\r\n")
        #expect(other.status == 200)
    }

    @Test func confidentialAddressesAreAbsentFromEveryFormat() throws {
        let portal = try OpenDataTestPortal()
        let repository = ServiceRepository(pool: portal.database)
        let template = try repository.service(id: try #require(try repository.recentlyUpdated(limit: 1).first).id)
        var draft = template.fields
        draft.title = "Centro antiviolenza riservato"
        draft.slug = ""
        draft.externalId = nil
        let comune = try TerritoryRepository(pool: portal.database).comune(slug: "pinerolo")
        draft.locations = [ServiceLocation(name: "Casa rifugio", address: "Via Segretissima 77", postalCode: "10064",
                                           comuneId: comune.id, openingHours: "Su appuntamento", isConfidential: true)]
        let created = try CatalogTestWrites(pool: portal.database).createCard(draft)
        let id = created.uuid.lowercasedString
        let organization = try OrganizationRepository(pool: portal.database).organization(id: draft.organizationId)
        let targets = [
            "/api/v1/services/\(id)", "/api/v1/services?full=true&per_page=100", "/api/v1/services?per_page=100",
            "/api/v1/services?format=ndjson&full=true", "/api/v1/services?format=ndjson",
            "/api/v1/service_at_locations?full=true&per_page=100", "/api/v1/service_at_locations?per_page=100",
            "/api/v1/service_at_locations?format=ndjson&full=true",
            "/api/v1/organizations/\(organization.uuid.lowercasedString)?full_service=true",
            "/api/v1/organizations?full=true&full_service=true&format=ndjson", "/dati/schede.csv", "/dati/catalogo-hsds.zip",
        ]
        let card = try portal.get("/api/v1/services/\(id)")
        #expect(card.text.contains("Casa rifugio"))
        #expect(card.text.contains("001191"))   // the comune (ISTAT code) stays public
        #expect(card.text.contains("\"addresses\":[]"))
        for target in targets {
            let reply = try portal.get(target)
            #expect(reply.status == 200, "\(target)")
            let leaks = reply.text.contains("Segretissima")
            #expect(!leaks, "\(target)")
        }
    }

    @Test func openDataPageAndDownloads() throws {
        let portal = try Self.sharedPortal()
        let page = try portal.get("/dati")
        #expect(page.status == 200)
        #expect(page.text.contains("CC BY 4.0"))
        #expect(page.text.contains(OpenDataPageView.attribution))
        let cards = try portal.get("/dati/schede.csv")
        #expect(cards["Content-Type"] == "text/csv; charset=utf-8")
        let total = try portal.json("/api/v1/services")["total_items"] as? Int
        #expect(cards.text.split(whereSeparator: \.isNewline).count == (total ?? -1) + 1)
        let territories = try portal.get("/dati/territori.csv")
        #expect(territories.text.contains("comune;001272;Torino;TO"))
        #expect(territories.text.contains("area;"))
        let card = try portal.get("/servizi/rimborso-delle-spese-sanitarie-per-i-soci")
        #expect(card.text.contains("Scarica questa scheda in JSON"))
        #expect(card.text.contains("href=\"/dati\""))
    }

    @Test func ndjsonListsEveryResultInPagingOrder() throws {
        let portal = try Self.sharedPortal()
        let paged = try portal.allServiceIDs("postcode=Cuneo")
        let reply = try portal.get("/api/v1/services?postcode=Cuneo&format=ndjson&full=true")
        #expect(reply["Content-Type"] == "application/x-ndjson; charset=utf-8")
        let lines = reply.text.split(separator: "\n")
        let ids = try lines.map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])["id"] as? String
        }
        #expect(ids == paged.ids)
        #expect(reply.text.hasSuffix("\n"))
        #expect(try portal.get("/api/v1/services?search=zzzqqq&format=ndjson").body.isEmpty)
    }

    static let shared: Result<OpenDataTestPortal, any Error> = Result { try OpenDataTestPortal() }
    static func sharedPortal() throws -> OpenDataTestPortal { try shared.get() }
}
