import Foundation
import Storage
import Accounts

/// Proposed changes: an edit to a published card by someone who may not publish it is kept
/// aside (`ProposedChange`) while the published card stays live and unchanged. Each write is one
/// transaction with its audit line.
extension CardEditor {
    /// The card's open proposal, for someone who may edit the card.
    /// - Throws: `AuthError.forbidden`, `CatalogError.notFound`, `SQLiteError`.
    public func proposal(for id: Int64, by user: Operator) throws -> ProposedChange? {
        try database.read { db in
            let current = try load(id, in: db)
            try require(user, .editCard(organizationID: current.fields.organizationId))
            return try ProposedChange.open(for: id, in: db)
        }
    }

    /// True when an edit by `user` of `current` (to `draft`) must wait for review.
    func needsReview(_ current: Service, _ draft: ServiceDraft, by user: Operator) -> Bool {
        current.fields.status == .published
            && !(AccessPolicy.allows(user, .publishCard(organizationID: current.fields.organizationId))
                 && AccessPolicy.allows(user, .publishCard(organizationID: draft.organizationId)))
    }

    /// Stores `fields` as the card's open proposal (replacing any), leaving the card untouched.
    /// - Throws: `CatalogError.conflict` when the card is no longer at `expectedVersion`,
    ///   `CatalogError.invalid`, `SQLiteError`.
    func propose(_ fields: ServiceDraft, to current: Service, expectedVersion: Int, by user: Operator,
                 names: SnapshotNames, action: String = "service.propose", in db: Connection) throws -> Service {
        guard current.version == expectedVersion else { throw CatalogError.conflict(expectedVersion: expectedVersion) }
        var errors = ServiceValidator().validate(fields)
        if errors.isEmpty { errors = try ReferenceChecker(db: db).errors(in: fields, serviceID: current.id) }
        if !errors.isEmpty { throw CatalogError.invalid(errors) }
        let changes = RevisionDiff.changes(from: current.fields.fieldSnapshot(names: names), to: fields.fieldSnapshot(names: names))
        let summary = RevisionDiff.summary(changes)
        let who = Author(user)
        try ProposedChange(serviceID: current.id, baseVersion: current.version, authorUserID: who.userId, author: who.name,
                           createdAt: now, draft: fields, changeSummary: summary).save(on: current, in: db)
        try audit.record(action, by: who, entityType: "service", entityID: String(current.id),
                         summary: "Modifica proposta (in attesa di revisione): \(summary)", before: Self.brief(current), in: db)
        return current
    }

    /// "Pubblica la modifica": applies the open proposal as a normal save (new version and
    /// revision) if the card is still at the version the proposal started from, and closes it.
    /// - Throws: `AuthError.forbidden`, `CardEditError.proposalNotFound`, `CatalogError.conflict`
    ///   (the card changed after the proposal; nothing written), `CatalogError.invalid`, `SQLiteError`.
    public func publishProposal(id: Int64, by user: Operator, names: SnapshotNames = SnapshotNames()) throws -> Service {
        try database.write(then: afterCommit) { db in
            let current = try load(id, in: db)
            try require(user, .publishCard(organizationID: current.fields.organizationId))
            guard let proposal = try ProposedChange.open(for: id, in: db) else { throw CardEditError.proposalNotFound }
            try require(user, .publishCard(organizationID: proposal.draft.organizationId))
            var fields = proposal.draft
            fields.status = current.fields.status
            fields.archiveReason = current.fields.archiveReason
            fields.lastVerifiedAt = current.fields.lastVerifiedAt
            let changes = RevisionDiff.changes(from: current.fields.fieldSnapshot(names: names), to: fields.fieldSnapshot(names: names))
            let summary = "Modifica di \(proposal.author) pubblicata: " + RevisionDiff.summary(changes)
            let saved = try writer.update(id: id, expectedVersion: proposal.baseVersion, with: fields,
                                          author: Author(userId: proposal.authorUserID, name: proposal.author),
                                          changeSummary: summary, now: now, in: db)
            try ProposedChange.delete(for: id, in: db)
            try audit.record("service.proposal.publish", by: Author(user), entityType: "service", entityID: String(id),
                             summary: summary, before: Self.brief(current), after: Self.brief(saved), in: db)
            return saved
        }
    }

    /// "Rifiuta la modifica": closes the open proposal with a reason; the card is not touched.
    /// - Throws: `AuthError.forbidden`, `CardEditError.proposalNotFound/.rejectReasonMissing`, `SQLiteError`.
    public func rejectProposal(id: Int64, reason: String?, by user: Operator) throws {
        try database.write(then: afterCommit) { db in
            let current = try load(id, in: db)
            try require(user, .publishCard(organizationID: current.fields.organizationId))
            guard let proposal = try ProposedChange.open(for: id, in: db) else { throw CardEditError.proposalNotFound }
            let trimmed = (reason ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { throw CardEditError.rejectReasonMissing }
            try ProposedChange.delete(for: id, in: db)
            try ProposalRejection.record(serviceId: id, authorUserID: proposal.authorUserID, reason: trimmed,
                                         at: clock.nowSeconds(), in: db)
            try audit.record("service.proposal.reject", by: Author(user), entityType: "service", entityID: String(id),
                             summary: "Modifica di \(proposal.author) rifiutata: \(trimmed)", before: Self.brief(current), in: db)
        }
    }

    /// "Ritira la modifica": the author (or someone who may publish) closes the open proposal.
    /// - Throws: `AuthError.forbidden`, `CardEditError.proposalNotFound`, `SQLiteError`.
    public func withdrawProposal(id: Int64, by user: Operator) throws {
        try database.write(then: afterCommit) { db in
            let current = try load(id, in: db)
            try require(user, .editCard(organizationID: current.fields.organizationId))
            guard let proposal = try ProposedChange.open(for: id, in: db) else { throw CardEditError.proposalNotFound }
            guard proposal.authorUserID == user.id
                || AccessPolicy.allows(user, .publishCard(organizationID: current.fields.organizationId)) else {
                throw AuthError.forbidden
            }
            try ProposedChange.delete(for: id, in: db)
            try audit.record("service.proposal.withdraw", by: Author(user), entityType: "service", entityID: String(id),
                             summary: "Modifica proposta ritirata", before: Self.brief(current), in: db)
        }
    }
}
