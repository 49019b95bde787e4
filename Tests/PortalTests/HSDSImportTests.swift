import Catalog
import Foundation
import Testing
import TestSupport
@testable import Portal
@testable import Storage

/// `HSDSImporter`: what one portal exports as HSDS, another imports so that its API answers the same.
@Suite(.blocking) struct HSDSImportTests {
    static let targets = [
        "/api/v1/services?full=true&format=ndjson",
        "/api/v1/services?full=true&per_page=100",
        "/api/v1/services?per_page=100",
        "/api/v1/organizations?full=true&format=ndjson",
        "/api/v1/organizations?per_page=100",
        "/api/v1/service_at_locations?full=true&format=ndjson",
    ]

    static func export(_ portal: OpenDataTestPortal) throws -> Data {
        let reply = try portal.get("/api/v1/services?full=true&format=ndjson")
        #expect(reply.status == 200)
        return Data(reply.body)
    }

    static func counts(_ pool: DatabasePool) throws -> [Int] {
        try pool.read { db in
            try ["service", "organization", "revision", "service_location", "service_territory"].map { table in
                try db.scalar("SELECT count(*) FROM \(table)", as: Int.self) ?? -1
            }
        }
    }

    @Test func exportThenImportGivesTheSameAPIOutput() throws {
        let source = try HSDSImportTests.sharedSource()
        let file = try Self.export(source)
        let copy = try OpenDataTestPortal(demo: false)
        let summary = try HSDSImporter(database: copy.database).run(file)
        let lineCount = String(decoding: file, as: UTF8.self).split(separator: "\n").count
        #expect(lineCount > 10)
        #expect(summary.servicesCreated == lineCount)
        let organizations = try String(decoding: file, as: UTF8.self).split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])["organization_id"] as? String
        }
        #expect(summary.organizationsCreated == Set(organizations).count)
        for target in Self.targets {
            let original = try source.get(target), imported = try copy.get(target)
            #expect(original.status == 200)
            #expect(imported.status == original.status, "\(target)")
            #expect(imported.text == original.text, "\(target) differs after the round trip")
        }
    }

    @Test func secondImportChangesNothingAndAChangedRecordUpdatesTheCard() throws {
        let source = try HSDSImportTests.sharedSource()
        let file = try Self.export(source)
        let copy = try OpenDataTestPortal(demo: false)
        _ = try HSDSImporter(database: copy.database).run(file)
        let before = try Self.counts(copy.database)
        let again = try HSDSImporter(database: copy.database).run(file)
        #expect(again.servicesCreated == 0 && again.servicesUpdated == 0 && again.organizationsUpdated == 0)
        #expect(again.servicesUnchanged == before[0] && again.organizationsUnchanged == before[1])
        #expect(try Self.counts(copy.database) == before)

        // The first record, renamed and with a later last_modified: one new version and revision.
        var lines = String(decoding: file, as: UTF8.self).split(separator: "\n").map(String.init)
        var first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        first["name"] = "Servizio rinominato dall'importazione"
        first["last_modified"] = "2031-01-02T03:04:05Z"
        lines[0] = String(decoding: try JSONSerialization.data(withJSONObject: first), as: UTF8.self)
        let changed = try HSDSImporter(database: copy.database).run(Data(lines.joined(separator: "\n").utf8))
        #expect(changed.servicesUpdated == 1 && changed.servicesCreated == 0)
        let after = try Self.counts(copy.database)
        #expect(after[0] == before[0] && after[2] == before[2] + 1)
        let id = try #require(first["id"] as? String)
        let card = try copy.json("/api/v1/services/\(id)")
        #expect(card["name"] as? String == "Servizio rinominato dall'importazione")
        #expect(card["last_modified"] as? String == "2031-01-02T03:04:05Z")
    }

    @Test func aBrokenRecordWritesNothingAndNamesLineAndField() throws {
        let source = try HSDSImportTests.sharedSource()
        var lines = String(decoding: try Self.export(source), as: UTF8.self).split(separator: "\n").map(String.init)
        var third = try #require(try JSONSerialization.jsonObject(with: Data(lines[2].utf8)) as? [String: Any])
        var areas = try #require(third["service_areas"] as? [[String: Any]])
        try #require(!areas.isEmpty)
        areas[0]["uri"] = "urn:istat:comune:999999"
        third["service_areas"] = areas
        lines[2] = String(decoding: try JSONSerialization.data(withJSONObject: third), as: UTF8.self)
        let copy = try OpenDataTestPortal(demo: false)
        let before = try Self.counts(copy.database)
        do {
            _ = try HSDSImporter(database: copy.database).run(Data(lines.joined(separator: "\n").utf8))
            Issue.record("the import should have failed")
        } catch let error as HSDSImportError {
            #expect(error.position == "riga 3")
            #expect(error.field == "service_areas[0].uri")
            #expect(error.description.contains("non presente in questo database"))
        }
        #expect(try Self.counts(copy.database) == before)
        #expect(before[0] == 0 && before[1] == 0)

        let notJSON = Data((lines[0] + "\n{ non json\n").utf8)
        #expect(throws: HSDSImportError.self) { try HSDSImporter(database: copy.database).run(notJSON) }
        #expect(try Self.counts(copy.database) == before)
    }

    @Test func readsAnArrayAndAPageEnvelope() throws {
        let source = try HSDSImportTests.sharedSource()
        let page = try source.get("/api/v1/services?full=true&per_page=5")
        let envelope = try HSDSImporter(database: try OpenDataTestPortal(demo: false).database).run(Data(page.body))
        #expect(envelope.servicesCreated == 5)
        let contents = try #require(try JSONSerialization.jsonObject(with: Data(page.body)) as? [String: Any])["contents"]
        let array = try JSONSerialization.data(withJSONObject: try #require(contents))
        let fromArray = try HSDSImporter(database: try OpenDataTestPortal(demo: false).database).run(array)
        #expect(fromArray.servicesCreated == 5)
    }

    static let shared: Result<OpenDataTestPortal, any Error> = Result { try OpenDataTestPortal() }
    static func sharedSource() throws -> OpenDataTestPortal { try shared.get() }
}
