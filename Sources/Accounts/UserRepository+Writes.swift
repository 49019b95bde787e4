import Foundation
import Storage

extension UserRepository {
    /// Creates an account with an already computed password hash, when `user` may manage users
    /// (asked inside the write transaction).
    /// - Throws: `AuthError.forbidden`, `UserAccountError.invalidEmail`, `.emailTaken`; `SQLiteError`.
    @discardableResult
    public func create(_ draft: UserAccountDraft, passwordHash: String, by user: Operator) throws -> Int64 {
        try insert(draft, passwordHash: passwordHash, actor: Author(user)) { try Self.require(user, .manageUsers) }
    }

    /// The system path (`vetrina user create`, the one-time first-administrator setup): no
    /// operator to check, the caller is the trust boundary; audited as `author`.
    /// - Throws: `UserAccountError.invalidEmail`, `.emailTaken`; `SQLiteError`.
    @discardableResult
    public func createAsSystem(_ draft: UserAccountDraft, passwordHash: String, author: Author = .system) throws -> Int64 {
        try insert(draft, passwordHash: passwordHash, actor: Author(userId: nil, name: author.name)) {}
    }

    private func insert(_ draft: UserAccountDraft, passwordHash: String, actor: Author,
                        permission: () throws -> Void) throws -> Int64 {
        let email = Self.normalise(draft.email)
        return try database.write { db in
            try permission()
            guard Self.isPlausibleEmail(email) else { throw UserAccountError.invalidEmail }
            if try db.queryOne("SELECT 1 FROM app_user WHERE email = ?", email) != nil { throw UserAccountError.emailTaken }
            let now = clock.nowSeconds()
            let name = draft.displayName.trimmingCharacters(in: .whitespacesAndNewlines)
            try db.run("""
                INSERT INTO app_user (email, display_name, role, password_hash, is_active, can_publish, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, email, name.isEmpty ? email : name, draft.role.rawValue, passwordHash, draft.isActive,
                draft.canPublish, now, now)
            let id = db.lastInsertRowID
            try replaceOrganizations(of: id, with: draft.organizationIDs, in: db)
            try audit.record("user.create", by: actor, entityType: "user", entityID: String(id),
                             summary: "Creato \(email) (\(draft.role.label))", after: Self.summary(draft), in: db)
            return id
        }
    }

    /// Changes role, name, organisations, publish flag and active state, when `user` may manage users.
    /// - Throws: `AuthError.forbidden`, `UserAccountError.notFound`, `.lastAdmin` (would leave no
    ///   active admin); `SQLiteError`.
    public func update(id: Int64, with draft: UserAccountDraft, by user: Operator) throws {
        let actor = Author(user)
        try database.write { db in
            try Self.require(user, .manageUsers)
            guard let before = try db.queryOne(Self.select + " WHERE id = ?", id).map(Self.user) else {
                throw UserAccountError.notFound
            }
            if before.role == .admin && (draft.role != .admin || !draft.isActive) {
                let admins = try db.scalar("SELECT count(*) FROM app_user WHERE role = 'admin' AND is_active = 1", as: Int.self) ?? 0
                if admins <= 1 { throw UserAccountError.lastAdmin }
            }
            try db.run("""
                UPDATE app_user SET display_name = ?, role = ?, can_publish = ?, is_active = ?, updated_at = ? WHERE id = ?
                """, draft.displayName.isEmpty ? before.displayName : draft.displayName, draft.role.rawValue,
                draft.canPublish, draft.isActive, clock.nowSeconds(), id)
            try replaceOrganizations(of: id, with: draft.organizationIDs, in: db)
            if !draft.isActive { try db.run("DELETE FROM session WHERE user_id = ?", id) }
            try audit.record("user.update", by: actor, entityType: "user", entityID: String(id),
                             summary: "Modificato \(before.email)", before: ["role": before.role.rawValue,
                             "active": before.isActive ? "sì" : "no"], after: Self.summary(draft), in: db)
        }
    }

    /// Stores a new password hash and ends every other session of the account. `user` changes
    /// their own password, or may manage users.
    /// - Throws: `AuthError.forbidden`, `UserAccountError.notFound`; `SQLiteError`.
    public func setPasswordHash(_ hash: String, for id: Int64, keepingSession keptSessionKey: String?, by user: Operator) throws {
        let actor = Author(user)
        try database.write { db in
            if user.id != id { try Self.require(user, .manageUsers) }
            try db.run("UPDATE app_user SET password_hash = ?, updated_at = ? WHERE id = ?", hash, clock.nowSeconds(), id)
            guard db.changes == 1 else { throw UserAccountError.notFound }
            try db.run("DELETE FROM session WHERE user_id = ? AND id_hash <> ?", id, keptSessionKey ?? "")
            try audit.record("user.password_change", by: actor, entityType: "user", entityID: String(id),
                             summary: "Password cambiata; altre sessioni chiuse", in: db)
        }
    }

    /// Replaces the stored hash after a successful sign-in with a stronger work factor (no audit line).
    func upgradePasswordHash(_ hash: String, for id: Int64) throws {
        try database.write { db in try db.run("UPDATE app_user SET password_hash = ? WHERE id = ?", hash, id) }
    }

    static func require(_ user: Operator, _ permission: AdminPermission) throws {
        guard AccessPolicy.allows(user, permission) else { throw AuthError.forbidden }
    }


    func replaceOrganizations(of id: Int64, with organizations: Set<Int64>, in db: Connection) throws {
        try db.run("DELETE FROM user_organization WHERE user_id = ?", id)
        for org in organizations.sorted() {
            try db.run("INSERT INTO user_organization (user_id, organization_id) VALUES (?, ?)", id, org)
        }
    }

    static func summary(_ draft: UserAccountDraft) -> [String: String] {
        ["email": draft.email, "role": draft.role.rawValue, "active": draft.isActive ? "sì" : "no",
         "can_publish": draft.canPublish ? "sì" : "no",
         "organizations": draft.organizationIDs.sorted().map(String.init).joined(separator: ",")]
    }
}
