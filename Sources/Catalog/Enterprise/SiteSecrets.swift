import Foundation
import Storage
import Crypto
import Accounts

/// Server-side signing keys kept in `site_secret` (migration 0009), one per purpose, created
/// with 32 random bytes on first use, so signatures survive restarts and every worker agrees.
public struct SiteSecrets: Sendable {
    private let database: DatabasePool
    private let random: any RandomSource
    private let clock: any AuthClock

    public init(database: DatabasePool, random: any RandomSource, clock: any AuthClock) {
        self.database = database
        self.random = random
        self.clock = clock
    }

    /// The key named `name`, created when missing (concurrent first uses agree on one row).
    /// - Throws: `RandomSourceError.unavailable`, `SQLiteError`.
    public func key(named name: String) throws -> [UInt8] {
        if let stored: String = try database.read({ try $0.scalar("SELECT value FROM site_secret WHERE name = ?", name) }) {
            return Array(stored.utf8)
        }
        let fresh = AuthEncoding.base64URL(try random.bytes(count: 32))
        let value: String? = try database.write { db in
            try db.run("INSERT OR IGNORE INTO site_secret (name, value, created_at) VALUES (?, ?, ?)",
                       name, fresh, clock.nowSeconds())
            return try db.scalar("SELECT value FROM site_secret WHERE name = ?", name)
        }
        return Array((value ?? fresh).utf8)
    }
}
