import Catalog
import Foundation
import Testing
import TestSupport
@testable import Portal

/// STYLE 10: every admin list declaration matches the migrated schema.
@Suite(.blocking) struct AdminChecksTests {
    static func schema() throws -> [String: Set<String>] {
        let server = try AdminTestServer()
        defer { server.stop() }
        return try server.database.read { db in
            var schema: [String: Set<String>] = [:]
            let tables: [String] = try db.query("SELECT name FROM sqlite_schema WHERE type = 'table'").map { try $0.get(0) }
            for table in tables {
                schema[table] = Set(try db.query("SELECT name FROM pragma_table_info(?)", table).map { try $0.get(0, as: String.self) })
            }
            return schema
        }
    }

    @Test func everyDeclarationMatchesTheSchema() throws {
        let schema = try Self.schema()
        #expect(AdminResource.all.flatMap { $0.check(schema) } == [])
    }

    @Test func brokenDeclarationsAreReportedWithStableIds() throws {
        let schema = try Self.schema()
        var broken = AdminResource.services
        broken.columns.append(.init(name: "colore", label: "Colore"))
        broken.search = ["nessuna"]
        broken.perPage = 0
        broken.filters.append(.staleFor(months: 0))
        #expect(broken.check(schema).map(\.id) == ["admin.E002", "admin.E003", "admin.E004", "admin.E006"])
        #expect(AdminResource(id: "x", table: "nessuna", columns: []).check(schema).map(\.id) == ["admin.E001"])
        let noStatus = AdminResource(id: "y", table: "app_user", columns: [], filters: [.status])
        #expect(noStatus.check(schema).map(\.id) == ["admin.E005"])
    }
}
