import Foundation
import Accounts

extension CardEditor {
    /// "Verificata oggi": records that the card was checked with the provider today.
    /// - Throws: `AuthError.forbidden`, `CatalogError.conflict/.notFound`, `SQLiteError`.
    public func markVerified(id: Int64, expectedVersion: Int, by user: Operator) throws -> Service {
        try database.write(then: afterCommit) { db in
            let current = try load(id, in: db)
            try require(user, .markCardVerified(organizationID: current.fields.organizationId))
            var fields = current.fields
            fields.lastVerifiedAt = now
            let saved = try writer.update(id: id, expectedVersion: expectedVersion, with: fields, author: Author(user),
                                          changeSummary: "Verificata con l'ente", now: now, in: db)
            // Only the portal's editors and admins verify (`AccessPolicy`), so no organisation is
            // named as the verifier; one named by an older version of the portal is cleared.
            try db.run("UPDATE service SET verified_by_organization_id = NULL WHERE id = ?", id)
            try audit.record("service.verify", by: Author(user), entityType: "service", entityID: String(id),
                             summary: "Verificata con l'ente", after: Self.brief(saved), in: db)
            return saved
        }
    }

    /// A new draft copying card `id` (new slug, no external id, not verified).
    /// - Throws: `AuthError.forbidden`, `CatalogError.notFound/.invalid`, `SQLiteError`.
    public func duplicate(id: Int64, by user: Operator) throws -> Service {
        try database.write(then: afterCommit) { db in
            let current = try load(id, in: db)
            try require(user, .createCard(organizationID: current.fields.organizationId))
            var fields = current.fields
            fields.title = String(("Copia di " + fields.title).prefix(120))
            fields.slug = ""
            fields.status = .draft
            fields.archiveReason = nil
            fields.externalId = nil
            fields.lastVerifiedAt = nil
            fields.locations = fields.locations.map { var l = $0; l.id = nil; return l }
            let copy = try writer.insert(fields, author: Author(user), changeSummary: "Copia della scheda n. \(id)",
                                         now: now, in: db)
            try audit.record("service.duplicate", by: Author(user), entityType: "service", entityID: String(copy.id),
                             summary: "Copia della scheda n. \(id)", after: Self.brief(copy), in: db)
            return copy
        }
    }

    /// Makes the content of revision `version` the card's content again, as a new revision
    /// (history is never rewritten). The workflow status stays as it is now.
    /// - Throws: `CardEditError.revisionNotFound`, `AuthError.forbidden`, `CatalogError`, `SQLiteError`.
    public func restore(id: Int64, version: Int, expectedVersion: Int, by user: Operator) throws -> Service {
        try database.write(then: afterCommit) { db in
            let current = try load(id, in: db)
            guard let json: String = try db.scalar(
                "SELECT snapshot_json FROM revision WHERE service_id = ? AND version = ?", id, version)
            else { throw CardEditError.revisionNotFound }
            var fields = try RevisionSnapshot.decode(json).fields
            try require(user, .editCard(organizationID: current.fields.organizationId))
            try require(user, .editCard(organizationID: fields.organizationId))
            fields.status = current.fields.status
            fields.archiveReason = current.fields.archiveReason
            fields.locations = fields.locations.map { var l = $0; l.id = nil; return l }
            if needsReview(current, fields, by: user) {
                return try propose(fields, to: current, expectedVersion: expectedVersion, by: user, names: SnapshotNames(),
                                   action: "service.propose.restore", in: db)
            }
            let summary = "Ripristinata la versione \(version)"
            let saved = try writer.update(id: id, expectedVersion: expectedVersion, with: fields, author: Author(user),
                                          changeSummary: summary, now: now, in: db)
            try audit.record("service.restore", by: Author(user), entityType: "service", entityID: String(id),
                             summary: summary, before: Self.brief(current), after: Self.brief(saved), in: db)
            return saved
        }
    }
}
