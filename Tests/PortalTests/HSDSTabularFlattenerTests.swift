import Catalog
import Testing
@testable import Portal

/// Nested HSDS JSON split into table rows, and the verbatim CSV cells the package uses.
@Suite struct HSDSTabularFlattenerTests {
    @Test func nestedMembersBecomeRowsWithTheirParentKeyAndSharedOnesAreWrittenOnce() throws {
        var rows: [(String, [String])] = []
        var flattener = HSDSTabularFlattener { rows.append(($0, $1)) }
        let organization: JSONValue = .object([("id", "org-1"), ("name", "Ente")])
        for id in ["s-1", "s-2"] {
            try flattener.add(.object([
                ("id", .string(id)), ("name", "=SOMMA(A1)"), ("minimum_age", .number(18)), ("organization", organization),
                ("phones", .array([.object([("id", .string("p-\(id)")), ("number", "011 1234")])])),
                ("attributes", .array([.object([("id", .string("a-\(id)")), ("link_id", .string(id)),
                                                ("taxonomy_term", .object([("id", "t-1"), ("code", "altro")]))])])),
            ]), as: "service")
        }
        #expect(rows.map(\.0) == ["service", "organization", "phone", "attribute", "taxonomy_term",
                                  "service", "phone", "attribute"])
        let columns = try #require(HSDSTables.all.first { $0.resource == "phone" }).columns
        let phone = Dictionary(uniqueKeysWithValues: zip(columns, rows[2].1))
        #expect(phone["service_id"] == "s-1")
        #expect(phone["number"] == "011 1234")
        #expect(phone["organization_id"] == "")
        let serviceColumns = try #require(HSDSTables.all.first { $0.resource == "service" }).columns
        let service = Dictionary(uniqueKeysWithValues: zip(serviceColumns, rows[0].1))
        #expect(service["name"] == "=SOMMA(A1)")
        #expect(service["minimum_age"] == "18")
        #expect(rows.allSatisfy { row in HSDSTables.all.first { $0.resource == row.0 }?.columns.count == row.1.count })
    }

    @Test func theExportWriterKeepsCellsVerbatimWhileTheDefaultGuardsFormulas() {
        let export = CSVWriter(delimiter: ",", guardsFormulas: false)
        #expect(export.line(["=1+1", "a,b", "say \"hi\"", "-3"]) == "=1+1,\"a,b\",\"say \"\"hi\"\"\",-3\r\n")
        #expect(CSVWriter().line(["=1+1", "-3"]) == "'=1+1;'-3\r\n")
    }
}
