import Foundation
import Storage
import Accounts

/// What an import did (or would do): rows read, cards created and updated, the first
/// `maxProblemsShown` problems and how many there were in all (a file of 100,000 bad rows must
/// not become a page of millions of lines).
public struct ImportReport: Sendable, Equatable {
    /// Problems kept for the page; `problemCount` counts them all.
    static let maxProblemsShown = 100

    public var rowCount = 0
    public var created = 0
    public var updated = 0
    /// The first `maxProblemsShown` problems, in file order.
    public var problems: [ImportProblem] = []
    /// Every problem found, shown or not.
    public var problemCount = 0
    /// True when the changes were written (commit without problems).
    public var committed = false

    public init() {}

    /// Counts `more` and keeps them while fewer than `maxProblemsShown` are kept.
    mutating func record(_ more: [ImportProblem]) {
        problemCount += more.count
        let room = Self.maxProblemsShown - problems.count
        if room > 0 { problems += more.prefix(room) }
    }
}

/// Imports service cards from CSV: a dry run that reports every bad row (line, column, reason),
/// and a commit that writes everything in one transaction or nothing at all. Rows are matched by
/// `id_esterno`: re-importing the same file updates the cards instead of duplicating them.
///
/// The dry run performs the very same writes inside a transaction and rolls it back, so it
/// catches everything the commit would (including the store's own checks).
///
/// Cost is bounded: the file is streamed record by record twice (first mapping only, without
/// the writer; then, if clean, mapping and writing), so memory holds one record, not the
/// table; at most `maxRows` data rows; slugs cost one lookup per row (`SlugSuffixMemo`).
public struct ServiceImporter: Sendable {
    let database: DatabasePool
    let clock: any AuthClock
    let writer = ServiceWriter()
    let audit: AuditLogWriter
    /// Runs after a committed import (the wiring's search index catch-up); not after a dry run.
    let afterCommit: AfterCommitHook

    /// Most data rows accepted in one file (default `defaultMaxRows`).
    public let maxRows: Int

    public init(database: DatabasePool, clock: any AuthClock, maxRows: Int = ServiceImporter.defaultMaxRows,
                afterCommit: @escaping AfterCommitHook = {}) {
        self.database = database
        self.clock = clock
        self.maxRows = max(1, maxRows)
        self.audit = AuditLogWriter(clock: clock)
        self.afterCommit = afterCommit
    }

    private struct Rollback: Error { var report: ImportReport }

    /// Default cap on data rows in one file.
    public static let defaultMaxRows = 50_000

    /// Checks (and, with `commit`, writes) the CSV in `bytes`.
    /// - Throws: `AuthError.forbidden` without the import permission; `SQLiteError`.
    public func run(_ bytes: [UInt8], commit: Bool, by user: Operator, maxBytes: Int = 20 * 1_048_576) throws -> ImportReport {
        guard AccessPolicy.allows(user, .importCSV) else { throw AuthError.forbidden }
        let vocabulary = try AdminVocabulary.load(from: database)
        let mapper = ServiceCSVMapper(vocabulary: vocabulary.importVocabulary)
        var report = check(bytes, maxBytes: maxBytes, mapper: mapper)
        guard report.problemCount == 0 else { return report }
        do {
            return try database.write(then: afterCommit) { db in
                report = try write(bytes, maxBytes: maxBytes, mapper: mapper, into: report, by: user, commit: commit, in: db)
                guard commit, report.problemCount == 0 else { throw Rollback(report: report) }
                try audit.record("service.import", by: Author(user), entityType: "service", entityID: "",
                                 summary: "Importazione CSV: \(report.created) create, \(report.updated) aggiornate", in: db)
                report.committed = true
                return report
            }
        } catch let rollback as Rollback {
            return rollback.report
        }
    }

    /// Pass 1, without the writer: reads and maps every record, counting rows and problems.
    private func check(_ bytes: [UInt8], maxBytes: Int, mapper: ServiceCSVMapper) -> ImportReport {
        var report = ImportReport()
        var reader: CSVRecordReader
        do { reader = try CSVRecordReader(bytes, maxBytes: maxBytes) } catch {
            report.record([ImportProblem(line: Self.line(of: error), column: "file", reason: error.message)])
            return report
        }
        report.record(mapper.checkHeader(reader.header))
        guard report.problemCount == 0 else { return report }
        let index = ServiceCSVMapper.columnIndex(reader.header)
        var seen: [String: Int] = [:]
        do {
            while let record = try reader.next() {
                report.rowCount += 1
                guard report.rowCount <= maxRows else {
                    report.rowCount -= 1
                    report.record([ImportProblem(line: record.line, column: "file", reason:
                        "Il file ha più di \(maxRows) righe di dati: dividilo in più file.")])
                    break
                }
                report.record(mapper.map(record, columnIndex: index, columnCount: reader.header.count, seen: &seen).problems)
            }
        } catch {
            report.record([ImportProblem(line: Self.line(of: error), column: "file", reason: error.message)])
        }
        return report
    }

    /// Pass 2, inside the write transaction: maps each record again and writes it at once, each
    /// card with its revision and its own audit line by `user` (like `CardEditor`), then the
    /// caller adds one `service.import` line for the whole file.
    /// A dry run (`commit` false) skips the revision snapshot of new cards: it is rolled back
    /// anyway and cannot fail, and encoding it was a tenth of the dry run's time.
    private func write(_ bytes: [UInt8], maxBytes: Int, mapper: ServiceCSVMapper, into start: ImportReport, by user: Operator,
                       commit: Bool, in db: Connection) throws -> ImportReport {
        var report = start
        var reader = try CSVRecordReader(bytes, maxBytes: maxBytes)
        let index = ServiceCSVMapper.columnIndex(reader.header)
        var seen: [String: Int] = [:]
        let now = Date(timeIntervalSince1970: TimeInterval(clock.nowSeconds()))
        let slugs = SlugSuffixMemo()
        while let record = try reader.next() {
            guard let row = mapper.map(record, columnIndex: index, columnCount: reader.header.count, seen: &seen,
                                          validating: false).row else { continue }   // the writer validates
            do {
                if let existing = try db.queryOne("SELECT id, version, slug, last_verified_at, title, status, organization_id FROM service WHERE external_id = ?", row.externalId) {
                    var draft = row.draft
                    draft.slug = try existing.get("slug")
                    draft.lastVerifiedAt = try existing.get("last_verified_at")
                    let summary = "Importazione CSV (riga \(row.line))"
                    let saved = try writer.update(id: try existing.get("id"), expectedVersion: try existing.get("version"),
                                                  with: draft, author: Author(user), changeSummary: summary, now: now, in: db)
                    try audit.record("service.update", by: Author(user), entityType: "service", entityID: String(saved.id),
                                     summary: "\(summary): «\(saved.fields.title)»",
                                     before: try Self.brief(existing), after: CardEditor.brief(saved), in: db)
                    report.updated += 1
                } else {
                    let summary = "Importazione CSV (riga \(row.line))"
                    let saved = try writer.insert(row.draft, author: Author(user), changeSummary: summary,
                                                  now: now, recordRevision: commit, slugMemo: slugs, in: db)
                    try audit.record("service.create", by: Author(user), entityType: "service", entityID: String(saved.id),
                                     summary: "\(summary): «\(saved.fields.title)»", after: CardEditor.brief(saved), in: db)
                    report.created += 1
                }
            } catch CatalogError.invalid(let errors) {
                report.record(errors.map {
                    ImportProblem(line: row.line, column: ServiceCSVMapper.column(for: $0.field), reason: $0.message + ".")
                })
            }
        }
        return report
    }

    /// `CardEditor.brief` of the stored card, from its `service` row.
    static func brief(_ row: Row) throws -> [String: String] {
        ["version": String(try row.get("version", as: Int.self)), "title": try row.get("title"),
         "status": try row.get("status"), "organization_id": String(try row.get("organization_id", as: Int64.self))]
    }


    static func line(of error: CSVError) -> Int {
        switch error {
        case .unterminatedQuote(let line), .quoteInsideUnquotedField(let line): return line
        case .notUTF8, .empty, .tooLarge: return 1
        }
    }
}
