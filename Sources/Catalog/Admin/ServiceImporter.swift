import Foundation

/// What an import did (or would do): rows read, cards created and updated, every problem.
public struct ImportReport: Sendable, Equatable {
    public var rowCount = 0
    public var created = 0
    public var updated = 0
    public var problems: [ImportProblem] = []
    /// True when the changes were written (commit without problems).
    public var committed = false

    public init() {}
}

/// Imports service cards from CSV: a dry run that reports every bad row (line, column, reason),
/// and a commit that writes everything in one transaction or nothing at all. Rows are matched by
/// `id_esterno`: re-importing the same file updates the cards instead of duplicating them.
///
/// The dry run performs the very same writes inside a transaction and rolls it back, so it
/// catches everything the commit would (including the store's own checks).
public struct ServiceImporter: Sendable {
    let database: DatabasePool
    let clock: any AuthClock
    let writer = ServiceWriter()
    let audit: AuditLogWriter

    public init(database: DatabasePool, clock: any AuthClock) {
        self.database = database
        self.clock = clock
        self.audit = AuditLogWriter(clock: clock)
    }

    private struct Rollback: Error { var report: ImportReport }

    /// Checks (and, with `commit`, writes) the CSV in `bytes`.
    /// - Throws: `AuthError.forbidden` without the import permission; `SQLiteError`.
    public func run(_ bytes: [UInt8], commit: Bool, by user: Operator, maxBytes: Int = 20 * 1_048_576) throws -> ImportReport {
        guard AccessPolicy.allows(user, .importCSV) else { throw AuthError.forbidden }
        var report = ImportReport()
        let table: CSVTable
        do { table = try CSVParser.parse(bytes, maxBytes: maxBytes) } catch {
            report.problems = [ImportProblem(line: Self.line(of: error), column: "file", reason: error.message)]
            return report
        }
        let vocabulary = try AdminVocabulary.load(from: database)
        let mapped = ServiceCSVMapper(vocabulary: vocabulary.importVocabulary).map(table)
        report.rowCount = table.records.count
        report.problems = mapped.problems
        guard report.problems.isEmpty else { return report }
        do {
            return try database.write { db in
                let result = try write(mapped.rows, into: report, by: user, in: db)
                guard commit, result.problems.isEmpty else { throw Rollback(report: result) }
                try audit.record("service.import", by: author(user), entityType: "service", entityID: "",
                                 summary: "Importazione CSV: \(result.created) create, \(result.updated) aggiornate", in: db)
                var done = result
                done.committed = true
                return done
            }
        } catch let rollback as Rollback {
            return rollback.report
        }
    }

    private func write(_ rows: [ImportRow], into start: ImportReport, by user: Operator, in db: Connection) throws -> ImportReport {
        var report = start
        let now = Date(timeIntervalSince1970: TimeInterval(clock.nowSeconds()))
        let slugs = SlugSuffixMemo()
        for row in rows {
            do {
                if let existing = try db.queryOne("SELECT id, version, slug, last_verified_at FROM service WHERE external_id = ?", row.externalId) {
                    var draft = row.draft
                    draft.slug = try existing.get("slug")
                    draft.lastVerifiedAt = try existing.get("last_verified_at")
                    _ = try writer.update(id: try existing.get("id"), expectedVersion: try existing.get("version"), with: draft,
                                          author: author(user), changeSummary: "Importazione CSV (riga \(row.line))", now: now, in: db)
                    report.updated += 1
                } else {
                    _ = try writer.insert(row.draft, author: author(user), changeSummary: "Importazione CSV (riga \(row.line))",
                                          now: now, slugMemo: slugs, in: db)
                    report.created += 1
                }
            } catch CatalogError.invalid(let errors) {
                report.problems += errors.map {
                    ImportProblem(line: row.line, column: ServiceCSVMapper.column(for: $0.field), reason: $0.message + ".")
                }
            }
        }
        return report
    }

    func author(_ user: Operator) -> Author {
        Author(userId: user.id, name: user.displayName.isEmpty ? user.email : user.displayName)
    }

    static func line(of error: CSVError) -> Int {
        switch error {
        case .unterminatedQuote(let line), .quoteInsideUnquotedField(let line): return line
        case .notUTF8, .empty, .tooLarge: return 1
        }
    }
}
