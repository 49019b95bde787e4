import Foundation
import Storage
import Accounts

/// Creates and edits organisations (enti) for the admin forms: permission check, validation,
/// write and audit line in one transaction.
///
/// Only editors and admins change an organisation live (`editOrganization`), including its
/// `verified` badge. An operatore_ente's save is stored as the organisation's proposal
/// (`OrganizationProposal`, like `ProposedChange` for cards): the public page stays as it is
/// until an editor approves or rejects it, and the proposal never carries the badge.
public struct OrganizationEditor: Sendable {
    let database: DatabasePool
    let clock: any AuthClock
    let writer = OrganizationWriter()
    let audit: AuditLogWriter
    /// Runs after each write commits (the wiring's search index catch-up: names are indexed).
    let afterCommit: AfterCommitHook

    public init(database: DatabasePool, clock: any AuthClock, afterCommit: @escaping AfterCommitHook = {}) {
        self.database = database
        self.clock = clock
        self.audit = AuditLogWriter(clock: clock)
        self.afterCommit = afterCommit
    }

    var now: Date { Date(timeIntervalSince1970: TimeInterval(clock.nowSeconds())) }

    /// - Throws: `AuthError.forbidden`, `CatalogError.invalid`, `SQLiteError`.
    public func create(_ draft: OrganizationDraft, by user: Operator) throws -> Organization {
        guard AccessPolicy.allows(user, .manageOrganizations) else { throw AuthError.forbidden }
        return try database.write(then: afterCommit) { db in
            let org = try writer.insert(draft, now: now, in: db)
            try audit.record("organization.create", by: Author(user), entityType: "organization",
                             entityID: String(org.id), summary: "Creato l'ente «\(org.fields.name)»", in: db)
            return org
        }
    }

    /// Saves live (editors, admins). The demo flag is the organisation's own (forms do not carry it).
    /// - Throws: `AuthError.forbidden`, `CatalogError.invalid/.notFound`, `SQLiteError`.
    public func update(id: Int64, with draft: OrganizationDraft, by user: Operator) throws -> Organization {
        guard AccessPolicy.allows(user, .editOrganization(organizationID: id)) else { throw AuthError.forbidden }
        return try database.write(then: afterCommit) { db in try apply(draft, to: id, by: user, action: "organization.update", in: db) }
    }

    /// Stores `draft` as the organisation's open proposal (replacing any); the organisation is
    /// not touched. The `verified` badge and the demo flag stay the organisation's own.
    /// - Throws: `AuthError.forbidden`, `CatalogError.invalid/.notFound`, `SQLiteError`.
    public func propose(id: Int64, with draft: OrganizationDraft, by user: Operator) throws {
        guard AccessPolicy.allows(user, .proposeOrganizationChange(organizationID: id)) else { throw AuthError.forbidden }
        try database.write(then: afterCommit) { db in
            guard let current = try OrganizationReader(db: db).organization(where: "o.id = ?", id) else { throw CatalogError.notFound }
            var fields = draft
            fields.verified = current.fields.verified
            fields.isDemo = current.fields.isDemo
            try writer.check(fields, in: db)
            let summary = OrganizationProposal.summary(from: current.fields, to: fields)
            try OrganizationProposal(organizationID: id, authorUserID: user.id, author: Author(user).name, createdAt: now,
                                     draft: fields, changeSummary: summary).save(in: db)
            try audit.record("organization.propose", by: Author(user), entityType: "organization", entityID: String(id),
                             summary: "Modifica proposta (in attesa di revisione): \(summary)", in: db)
        }
    }

    /// The organisation's open proposal, for someone who may propose or edit.
    /// - Throws: `AuthError.forbidden`, `SQLiteError`.
    public func proposal(for id: Int64, by user: Operator) throws -> OrganizationProposal? {
        guard AccessPolicy.allows(user, .proposeOrganizationChange(organizationID: id)) else { throw AuthError.forbidden }
        return try database.read { db in try OrganizationProposal.open(for: id, in: db) }
    }

    /// "Approva e pubblica": applies the open proposal live and closes it.
    /// - Throws: `AuthError.forbidden`, `CardEditError.proposalNotFound`, `CatalogError.invalid/.notFound`, `SQLiteError`.
    public func approveProposal(id: Int64, by user: Operator) throws -> Organization {
        guard AccessPolicy.allows(user, .editOrganization(organizationID: id)) else { throw AuthError.forbidden }
        return try database.write(then: afterCommit) { db in
            guard let proposal = try OrganizationProposal.open(for: id, in: db) else { throw CardEditError.proposalNotFound }
            let saved = try apply(proposal.draft, to: id, by: user, action: "organization.proposal.approve",
                                  prefix: "Modifica di \(proposal.author) approvata: ", in: db)
            try OrganizationProposal.delete(for: id, in: db)
            return saved
        }
    }

    /// "Rifiuta": closes the open proposal with a reason; the organisation is not touched.
    /// - Throws: `AuthError.forbidden`, `CardEditError.proposalNotFound/.rejectReasonMissing`, `SQLiteError`.
    public func rejectProposal(id: Int64, reason: String?, by user: Operator) throws {
        guard AccessPolicy.allows(user, .editOrganization(organizationID: id)) else { throw AuthError.forbidden }
        try database.write(then: afterCommit) { db in
            guard let proposal = try OrganizationProposal.open(for: id, in: db) else { throw CardEditError.proposalNotFound }
            let trimmed = (reason ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { throw CardEditError.rejectReasonMissing }
            try OrganizationProposal.delete(for: id, in: db)
            try audit.record("organization.proposal.reject", by: Author(user), entityType: "organization", entityID: String(id),
                             summary: "Modifica di \(proposal.author) rifiutata: \(trimmed)", in: db)
        }
    }

    private func apply(_ draft: OrganizationDraft, to id: Int64, by user: Operator, action: String, prefix: String = "",
                       in db: Connection) throws -> Organization {
        guard let current = try OrganizationReader(db: db).organization(where: "o.id = ?", id) else { throw CatalogError.notFound }
        var fields = draft
        fields.isDemo = current.fields.isDemo
        let org = try writer.update(id: id, with: fields, now: now, in: db)
        try audit.record(action, by: Author(user), entityType: "organization", entityID: String(id),
                         summary: prefix + "Modificato l'ente «\(current.fields.name)»: "
                            + OrganizationProposal.summary(from: current.fields, to: org.fields),
                         before: ["name": current.fields.name], after: ["name": org.fields.name], in: db)
        return org
    }

}
