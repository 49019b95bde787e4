import Foundation
import Testing
@testable import Catalog

@Suite struct ModelTests {
    @Test(arguments: ["2024-02-29", "2000-02-29", "1999-12-31", "0001-01-01"])
    func parsesValidDays(_ text: String) {
        #expect(CalendarDay(iso: text)?.iso == text)
    }

    @Test(arguments: ["2023-02-29", "1900-02-29", "2024-13-01", "2024-04-31", "2024-1-01", "24-01-01",
                      "2024-01-01T00:00", "２０２４-01-01", "", "2024/01/01", "2024-00-10"])
    func rejectsInvalidDays(_ text: String) {
        #expect(CalendarDay(iso: text) == nil)
    }

    @Test func ordersDaysAndFormatsThemInItalian() throws {
        let a = try #require(CalendarDay(iso: "2021-12-31"))
        let b = try #require(CalendarDay(iso: "2022-01-01"))
        #expect(a < b)
        #expect(b.italian == "01/01/2022")
    }

    @Test(arguments: [
        ("Mondovì", "mondovi"), ("Sant'Antonino di Susa", "sant-antonino-di-susa"),
        ("  Rocca de' Baldi  ", "rocca-de-baldi"), ("Verbano-Cusio-Ossola", "verbano-cusio-ossola"),
        ("Ciriè — Città", "cirie-citta"), ("👵🏻", "senza-nome"), ("WWW – We Want Welfare", "www-we-want-welfare"),
    ])
    func makesSlugs(_ input: String, _ expected: String) {
        #expect(Slug.make(input) == expected)
    }

    @Test func cutsLongSlugsAtAHyphen() {
        let slug = Slug.make(String(repeating: "assistenza domiciliare ", count: 10), maxLength: 30)
        #expect(slug.count <= 30)
        #expect(!slug.hasSuffix("-"))
        #expect(slug.hasPrefix("assistenza-domiciliare"))
    }

    @Test func revisionSnapshotsRoundTrip() throws {
        var draft = ServiceDraft(organizationId: 7, title: "Prova «virgolette» 👵", serviceTypeCode: "sportello",
                                 needCodes: ["anziani"], validFrom: CalendarDay(iso: "2024-02-29"), status: .archived,
                                 archiveReason: "Concluso", lastVerifiedAt: Date(timeIntervalSince1970: 1_700_000_000))
        draft.cost = CostModel(kind: .paid, minCents: 100, maxCents: 200, unit: "all'ora", paymentMethodCodes: ["carta"])
        let service = Service(id: 3, uuid: UUID(), version: 2, createdAt: Date(timeIntervalSince1970: 0),
                              updatedAt: Date(timeIntervalSince1970: 10), fields: draft)
        let json = try RevisionSnapshot(service: service).json()
        #expect(json.contains("\"validFrom\":\"2024-02-29\""))
        let decoded = try RevisionSnapshot.decode(json)
        #expect(decoded.fields == draft)
        #expect(decoded.version == 2)
        #expect(throws: DecodingError.self) { try RevisionSnapshot.decode(json.replacingOccurrences(of: "2024-02-29", with: "2023-02-29")) }
    }
}
