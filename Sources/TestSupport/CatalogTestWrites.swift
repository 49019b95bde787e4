import Accounts
import Catalog
import Foundation
import Storage

/// Cards and organisations a test needs, written the way imports write them: through
/// `SystemCatalogWriter`, so every write is validated and makes its revision (cards) and its
/// audit line in one transaction. Repositories are read-only; this is the terse form for tests
/// that need catalog content but are not about who may write it (those use the editors).
public struct CatalogTestWrites: Sendable {
    public let pool: DatabasePool
    private let writer: SystemCatalogWriter
    private let clock: any AuthClock

    /// Writes into `pool` as `author` (recorded in revisions and audit lines), timestamped by `clock`.
    public init(pool: DatabasePool, author: Author = .system, clock: any AuthClock = SystemAuthClock()) {
        self.pool = pool
        self.clock = clock
        self.writer = SystemCatalogWriter(author: author, clock: clock)
    }

    private var now: Date { Date(timeIntervalSince1970: TimeInterval(clock.nowSeconds())) }

    /// A new card (version 1) with its first revision.
    /// - Throws: `CatalogError.invalid`, `SQLiteError`.
    public func createCard(_ draft: ServiceDraft, changeSummary: String = "Creazione della scheda") throws -> Service {
        let time = now
        return try pool.write { try writer.insertService(draft, changeSummary: changeSummary, now: time, in: $0) }
    }

    /// A new version of card `id`, read at `expectedVersion`.
    /// - Throws: `CatalogError.conflict(expectedVersion:)`, `.notFound`, `.invalid`, `SQLiteError`.
    public func updateCard(id: Int64, expectedVersion: Int, with draft: ServiceDraft,
                           changeSummary: String = "") throws -> Service {
        let time = now
        return try pool.write {
            try writer.updateService(id: id, expectedVersion: expectedVersion, with: draft, changeSummary: changeSummary,
                                     now: time, in: $0)
        }
    }

    /// A new organisation.
    /// - Throws: `CatalogError.invalid`, `SQLiteError`.
    public func createOrganization(_ draft: OrganizationDraft) throws -> Organization {
        let time = now
        return try pool.write { try writer.insertOrganization(draft, now: time, in: $0) }
    }

    /// A stored operator account with `role` (no usable password), for editor calls that record
    /// the operator in audit lines (`audit_log.user_id` references `app_user`).
    /// - Throws: `SQLiteError` (e.g. the e-mail is taken).
    public func operatorAccount(email: String, role: UserRole) throws -> Operator {
        let id: Int64 = try pool.write { db in
            try db.run("""
                INSERT INTO app_user (email, display_name, role, password_hash, created_at, updated_at)
                VALUES (?, ?, ?, 'unusable', 0, 0)
                """, email, email, role.rawValue)
            return db.lastInsertRowID
        }
        return Operator(id: id, email: email, displayName: email, role: role)
    }
}
