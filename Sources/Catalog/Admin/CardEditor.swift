import Foundation
import Storage
import Accounts

/// Every write an operator makes to a service card, each in one transaction with its revision
/// and audit line, after the permission check (`AccessPolicy`) — enforced here as well as in
/// the Portal, so no caller can skip it.
///
/// Status changes only go through `transition` (the workflow). An edit of a published card by
/// someone who may not publish becomes a proposed change: the published card stays live and
/// unchanged until a redattore publishes or rejects the proposal, so nothing unreviewed is public.
public struct CardEditor: Sendable {
    let database: DatabasePool
    let clock: any AuthClock
    let writer = ServiceWriter()
    let audit: AuditLogWriter
    /// Runs after each write of a card commits (the wiring's search index catch-up).
    let afterCommit: AfterCommitHook

    public init(database: DatabasePool, clock: any AuthClock, afterCommit: @escaping AfterCommitHook = {}) {
        self.database = database
        self.clock = clock
        self.audit = AuditLogWriter(clock: clock)
        self.afterCommit = afterCommit
    }

    var now: Date { Date(timeIntervalSince1970: TimeInterval(clock.nowSeconds())) }

    /// Saves a new card as a draft (or as given, for those who may publish).
    /// - Throws: `AuthError.forbidden`, `CatalogError.invalid`, `SQLiteError`.
    public func create(_ draft: ServiceDraft, by user: Operator, summary: String = "Creazione della scheda") throws -> Service {
        try require(user, .createCard(organizationID: draft.organizationId))
        var fields = draft
        if !AccessPolicy.allows(user, .publishCard(organizationID: draft.organizationId)) {
            fields.status = .draft
            fields.archiveReason = nil
        }
        return try database.write(then: afterCommit) { db in
            let service = try writer.insert(fields, author: Author(user), changeSummary: summary, now: now, in: db)
            try audit.record("service.create", by: Author(user), entityType: "service", entityID: String(service.id),
                             summary: "\(summary): «\(service.fields.title)»", after: Self.brief(service), in: db)
            return service
        }
    }

    /// Saves the edited content of card `id`, which the operator loaded at `expectedVersion`.
    /// The status and archive reason are kept (see `transition`). When the card is published and
    /// `user` may not publish it, the edit is stored as the card's proposed change instead and
    /// the unchanged card is returned (see `CardEditor+Proposals`). `closesProposal` (after the
    /// conflict screen of "Pubblica la modifica") also closes the card's open proposal.
    /// - Throws: `AuthError.forbidden`, `CatalogError.conflict/.notFound/.invalid`, `SQLiteError`.
    public func update(id: Int64, expectedVersion: Int, with draft: ServiceDraft, by user: Operator,
                       names: SnapshotNames = SnapshotNames(), closesProposal: Bool = false) throws -> Service {
        try database.write(then: afterCommit) { db in
            let current = try load(id, in: db)
            try require(user, .editCard(organizationID: current.fields.organizationId))
            try require(user, .editCard(organizationID: draft.organizationId))
            var fields = draft
            fields.status = current.fields.status
            fields.archiveReason = current.fields.archiveReason
            fields.lastVerifiedAt = current.fields.lastVerifiedAt
            // Not on the form: the demo label stays as stored.
            fields.isDemo = current.fields.isDemo
            if needsReview(current, draft, by: user) {
                return try propose(fields, to: current, expectedVersion: expectedVersion, by: user, names: names, in: db)
            }
            let changes = RevisionDiff.changes(from: current.fields.fieldSnapshot(names: names), to: fields.fieldSnapshot(names: names))
            var summary = RevisionDiff.summary(changes)
            let saved = try writer.update(id: id, expectedVersion: expectedVersion, with: fields, author: Author(user),
                                          changeSummary: summary, now: now, in: db)
            if closesProposal, try ProposedChange.open(for: id, in: db) != nil {
                try ProposedChange.delete(for: id, in: db)
                summary = "Modifica proposta unita e pubblicata: " + summary
            }
            try audit.record("service.update", by: Author(user), entityType: "service", entityID: String(id),
                             summary: summary, before: Self.brief(current), after: Self.brief(saved), in: db)
            return saved
        }
    }

    /// Takes a workflow step (submit, publish, back to draft, archive, reactivate).
    /// - Throws: `AuthError.forbidden`, `CardEditError`, `CatalogError.conflict/.notFound`, `SQLiteError`.
    public func transition(id: Int64, expectedVersion: Int, action: WorkflowAction, reason: String? = nil,
                           by user: Operator) throws -> Service {
        try database.write(then: afterCommit) { db in
            let current = try load(id, in: db)
            let org = current.fields.organizationId
            try require(user, WorkflowStateMachine.permission(for: action, organizationID: org))
            guard let target = WorkflowStateMachine.target(of: action, from: current.fields.status) else {
                throw CardEditError.invalidTransition(from: current.fields.status, action: action)
            }
            var fields = current.fields
            fields.status = target
            if target == .archived {
                let trimmed = (reason ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
                guard !trimmed.isEmpty else { throw CardEditError.archiveReasonMissing }
                fields.archiveReason = trimmed
            }
            let summary = "Stato: «\(current.fields.status.label)» → «\(target.label)»"
            let saved = try writer.update(id: id, expectedVersion: expectedVersion, with: fields, author: Author(user),
                                          changeSummary: summary, now: now, in: db)
            try audit.record("service.status", by: Author(user), entityType: "service", entityID: String(id),
                             summary: summary, before: Self.brief(current), after: Self.brief(saved), in: db)
            return saved
        }
    }

    func load(_ id: Int64, in db: Connection) throws -> Service {
        guard let service = try ServiceReader(db: db).service(id: id) else { throw CatalogError.notFound }
        return service
    }

    func require(_ user: Operator, _ permission: AdminPermission) throws {
        guard AccessPolicy.allows(user, permission) else { throw AuthError.forbidden }
    }


    static func brief(_ service: Service) -> [String: String] {
        ["version": String(service.version), "title": service.fields.title, "status": service.fields.status.rawValue,
         "organization_id": String(service.fields.organizationId)]
    }
}
