import Accounts
import Catalog
import Foundation
import Storage

/// Saves cards the way the admin form does: `CardEditor.update` (permission check, validation,
/// the card's new revision and the audit line in one write transaction), as a redattore who may
/// edit and publish every card, so no save becomes a proposal.
struct BenchCardSaver {
    /// The benchmark's own account, created on first use and reused by later runs on the file.
    static let email = "benchmark@vetrina.invalid"

    let editor: CardEditor
    let cards: ServiceRepository
    let actor: Operator

    init(pool: DatabasePool) throws {
        let clock = SystemAuthClock()
        let users = UserRepository(database: pool, clock: clock)
        let draft = UserAccountDraft(email: Self.email, displayName: "Benchmark", role: .editor)
        // "!" is no PBKDF2 hash: the account saves cards here and can never sign in.
        let id = try users.find(email: Self.email)?.id
            ?? users.createAsSystem(draft, passwordHash: "!", author: Author(userId: nil, name: "vetrina-bench-search"))
        guard let actor = try users.signedInOperator(id: id) else { throw BenchSaveError.accountInactive(Self.email) }
        self.actor = actor
        editor = CardEditor(database: pool, clock: clock)
        cards = ServiceRepository(pool: pool)
    }

    /// The edit a save submits: card `id` as stored, with a title and summary carrying `token`,
    /// and the version it was read at (what the form posts back).
    func edit(_ id: Int64, token: String) throws -> (version: Int, draft: ServiceDraft) {
        let current = try cards.service(id: id)
        var draft = current.fields
        draft.title = "Servizio \(token)"
        draft.summary = "Scheda aggiornata dal benchmark \(token)."
        return (current.version, draft)
    }

    /// Saves `edit` to card `id`; throws what the editor throws (forbidden, conflict, invalid).
    func save(_ id: Int64, _ edit: (version: Int, draft: ServiceDraft)) throws {
        _ = try editor.update(id: id, expectedVersion: edit.version, with: edit.draft, by: actor)
    }
}

enum BenchSaveError: Error, CustomStringConvertible {
    case accountInactive(String)

    var description: String {
        switch self {
        case .accountInactive(let email): "the benchmark account \(email) exists but is not active"
        }
    }
}
