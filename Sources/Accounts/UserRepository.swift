import Foundation
import Storage

/// Why a user change was refused; the admin forms show `message` next to the field.
public enum UserAccountError: Error, Equatable, Sendable {
    case emailTaken
    case invalidEmail
    case weakPassword([String])
    case notFound
    case lastAdmin

    /// Italian explanation.
    public var message: String {
        switch self {
        case .emailTaken: return "Esiste già un utente con questo indirizzo e-mail."
        case .invalidEmail: return "Inserisci un indirizzo e-mail valido, come nome@esempio.it."
        case .weakPassword(let problems): return problems.joined(separator: " ")
        case .notFound: return "Utente non trovato."
        case .lastAdmin: return "Deve restare almeno un amministratore attivo."
        }
    }
}

/// A new or edited account, as the users form and `vetrina user create` provide it.
public struct UserAccountDraft: Sendable, Equatable {
    public var email: String
    public var displayName: String
    public var role: UserRole
    public var organizationIDs: Set<Int64>
    public var canPublish: Bool
    public var isActive: Bool

    public init(email: String, displayName: String = "", role: UserRole, organizationIDs: Set<Int64> = [],
                canPublish: Bool = false, isActive: Bool = true) {
        self.email = email
        self.displayName = displayName
        self.role = role
        self.organizationIDs = organizationIDs
        self.canPublish = canPublish
        self.isActive = isActive
    }
}

/// Operator accounts in `app_user` and `user_organization`. Every write is audited in the same
/// transaction. Password hashes go in and out of this type; passwords never do.
public struct UserRepository: Sendable {
    let database: DatabasePool
    let clock: any AuthClock
    let audit: AuditLogWriter

    public init(database: DatabasePool, clock: any AuthClock) {
        self.database = database
        self.clock = clock
        self.audit = AuditLogWriter(clock: clock)
    }

    /// How many accounts exist (0 means the one-time setup is still open).
    public func count() throws -> Int {
        try database.read { db in try db.scalar("SELECT count(*) FROM app_user", as: Int.self) ?? 0 }
    }

    public func find(id: Int64) throws -> User? {
        try database.read { db in try db.queryOne(Self.select + " WHERE id = ?", id).map(Self.user) }
    }

    /// Case-insensitive lookup (the column is `COLLATE NOCASE`).
    public func find(email: String) throws -> User? {
        try database.read { db in try db.queryOne(Self.select + " WHERE email = ?", Self.normalise(email)).map(Self.user) }
    }

    public func all() throws -> [User] {
        try database.read { db in try db.query(Self.select + " ORDER BY email").map(Self.user) }
    }

    /// The account as the permission checks see it (role, organisations, publish flag); nil
    /// for unknown or deactivated accounts.
    public func signedInOperator(id: Int64) throws -> Operator? {
        try database.read { db in
            guard let row = try db.queryOne(
                "SELECT id, email, display_name, role, can_publish FROM app_user WHERE id = ? AND is_active = 1", id),
                let role = UserRole(rawValue: try row.get("role")) else { return nil }
            let orgs = try db.query("SELECT organization_id FROM user_organization WHERE user_id = ?", id)
                .map { try $0.get(0, as: Int64.self) }
            return Operator(id: id, email: try row.get("email"), displayName: try row.get("display_name"), role: role,
                            organizationIDs: Set(orgs), canPublish: try row.get("can_publish"))
        }
    }

    static let select = """
        SELECT id, email, display_name, role, password_hash, is_active, created_at, updated_at, last_sign_in_at
        FROM app_user
        """

    static func user(_ row: Row) throws -> User {
        User(id: try row.get("id"), email: try row.get("email"), displayName: try row.get("display_name"),
             role: UserRole(rawValue: try row.get("role")) ?? .organizationOperator,
             passwordHash: try row.get("password_hash"), isActive: try row.get("is_active"),
             createdAt: try row.get("created_at"), updatedAt: try row.get("updated_at"),
             lastSignInAt: try row.get("last_sign_in_at"))
    }

    static func normalise(_ email: String) -> String {
        email.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }

    /// A plausible address: one `@`, something before, a dot after, no spaces, at most 254 bytes.
    static func isPlausibleEmail(_ email: String) -> Bool {
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        return email.utf8.count <= 254 && parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".")
            && !parts[1].hasPrefix(".") && !parts[1].hasSuffix(".") && !email.contains(where: \.isWhitespace)
    }
}
