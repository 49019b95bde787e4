import Foundation
import Testing
import TestSupport
@testable import Portal

/// `/dati/catalogo-hsds.zip` over a real socket: Python's `zipfile` reads the archive, every
/// CSV header is the column list of the official HSDS 3.0 `datapackage.json` (read in place
/// from ../shared/hsds-3.0), and a card of the API appears in the tables with its places,
/// attributes and organisation, organisations and terms once per id.
@Suite(.blocking) struct HSDSTabularPackageE2ETests {
    @Test func theZipHoldsEveryHSDSTableWithTheOfficialColumnsAndTheCatalog() throws {
        let portal = try OpenDataTestPortal()
        let reply = try portal.get("/dati/catalogo-hsds.zip")
        #expect(reply.status == 200)
        #expect(reply["Content-Type"] == "application/zip")
        #expect(reply["Content-Disposition"] == "attachment; filename=\"vetrina-catalogo-hsds.zip\"")
        let package = try Self.unzip(reply.body)

        let official = try Self.officialResources()
        #expect(package.names == ["datapackage.json"] + official.map(\.path))
        for resource in official {
            let rows = try #require(package.tables[resource.path])
            #expect(rows.first == resource.columns, "\(resource.path) header")
            #expect(rows.dropFirst().allSatisfy { $0.count == resource.columns.count }, "\(resource.path) row widths")
        }
        #expect(package.wellFormed.allSatisfy { $0.value == "ok" }, "\(package.wellFormed)")
        let descriptor = package.descriptor["resources"] as? [[String: Any]] ?? []
        #expect(descriptor.compactMap { $0["path"] as? String } == official.map(\.path))

        let listed = try portal.json("/api/v1/services?full=true&per_page=1")
        let card = try #require((listed["contents"] as? [[String: Any]])?.first)
        let total = try #require(listed["total_items"] as? Int)
        let id = try #require(card["id"] as? String)
        let services = try Self.rows(package, "services.csv")
        #expect(services.count == total)
        let row = try #require(services.first { $0["id"] == id })
        #expect(row["name"] == card["name"] as? String)
        #expect(row["organization_id"] == (card["organization"] as? [String: Any])?["id"] as? String)
        #expect(row["last_modified"] == card["last_modified"] as? String)
        let places = try Self.rows(package, "service_at_location.csv").filter { $0["service_id"] == id }
        #expect(places.map { $0["id"] } == (card["service_at_locations"] as? [[String: Any]] ?? []).map { $0["id"] as? String })
        let locationIDs = Set(try Self.rows(package, "locations.csv").compactMap { $0["id"] })
        #expect(places.allSatisfy { locationIDs.contains($0["location_id"] ?? "") })
        let attributes = try Self.rows(package, "attributes.csv").filter { $0["link_id"] == id }
        #expect(attributes.count == (card["attributes"] as? [Any])?.count)
        let costs = try Self.rows(package, "cost_options.csv").filter { $0["service_id"] == id }
        #expect(costs.count == 1)

        for (path, key) in [("organizations.csv", "id"), ("taxonomy_terms.csv", "id"), ("taxonomies.csv", "id")] {
            let ids = try Self.rows(package, path).compactMap { $0[key] }
            #expect(!ids.isEmpty && Set(ids).count == ids.count, "\(path) once per id")
        }
        let termIDs = Set(try Self.rows(package, "taxonomy_terms.csv").compactMap { $0["id"] })
        #expect(attributes.allSatisfy { termIDs.contains($0["taxonomy_term_id"] ?? "") })
        #expect(try Self.rows(package, "programs.csv").isEmpty)

        let page = try portal.get("/dati")
        #expect(page.text.contains("<a href=\"/dati/catalogo-hsds.zip\">"))
    }

    // MARK: Reading the archive

    struct Package {
        var names: [String]
        var tables: [String: [[String]]]
        var wellFormed: [String: String]
        var descriptor: [String: Any]
    }

    /// Rows of a table as column → value.
    static func rows(_ package: Package, _ path: String) throws -> [[String: String]] {
        let rows = try #require(package.tables[path])
        guard let header = rows.first else { return [] }
        return rows.dropFirst().map { Dictionary(zip(header, $0), uniquingKeysWith: { a, _ in a }) }
    }

    /// The archive read by Python: `testzip()`, entry names, each CSV parsed by `csv` (RFC 4180,
    /// comma) and checked for no BOM and CRLF record ends.
    static func unzip(_ bytes: [UInt8]) throws -> Package {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("hsds-package-\(UUID().uuidString).zip")
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let script = """
        import csv, io, json, sys, zipfile
        z = zipfile.ZipFile(sys.argv[1])
        assert z.testzip() is None
        names = z.namelist()
        tables, checks = {}, {}
        for name in names:
            data = z.read(name)
            if not name.endswith(".csv"):
                continue
            text = data.decode("utf-8")
            first = text.split("\\r\\n", 1)[0]
            checks[name] = "ok" if not text.startswith("\\ufeff") and text.endswith("\\r\\n") and "\\n" not in first else "bad"
            tables[name] = list(csv.reader(io.StringIO(text, newline="")))
        print(json.dumps({"names": names, "tables": tables, "checks": checks,
                          "descriptor": json.loads(z.read("datapackage.json"))}))
        """
        let output = try runPython(script, url.path)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        return Package(names: object["names"] as? [String] ?? [], tables: object["tables"] as? [String: [[String]]] ?? [:],
                       wellFormed: object["checks"] as? [String: String] ?? [:],
                       descriptor: object["descriptor"] as? [String: Any] ?? [:])
    }

    /// Each resource of the official HSDS 3.0 tabular package, read from ../shared/hsds-3.0.
    static func officialResources() throws -> [(path: String, columns: [String])] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let url = root.appendingPathComponent("../shared/hsds-3.0/datapackage.json").standardizedFileURL
        let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        return (object["resources"] as? [[String: Any]] ?? []).map { resource in
            let fields = (resource["schema"] as? [String: Any])?["fields"] as? [[String: Any]] ?? []
            return (resource["path"] as? String ?? "", fields.compactMap { $0["name"] as? String })
        }
    }
}
