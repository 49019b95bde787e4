import Catalog
import Foundation
import Crypto
import Accounts

/// The one-time link that lets the first administrator create an account when no user exists.
///
/// `vetrina serve` calls `prepare` at start and prints the path it returns; the token lives only
/// in this process's memory, works once, and stops working as soon as any account exists. It
/// travels in the query string and then in the form body, never in the path, because the access
/// log drops query strings.
// @unchecked Sendable: `token` is read and written only under `lock`.
public final class AdminSetupLink: @unchecked Sendable {
    private let lock = NSLock()
    private var token: String?

    public init() {}

    /// Creates a token when `userCount` is 0 and returns the path to print, or nil.
    public func prepare(userCount: Int, random: any RandomSource = SystemRandomSource()) throws -> String? {
        guard userCount == 0 else { return nil }
        let fresh = AuthEncoding.base64URL(try random.bytes(count: 32))
        lock.withLock { token = fresh }
        return "/admin/configurazione?codice=" + fresh
    }

    /// Whether `presented` is the current token (constant-time).
    func accepts(_ presented: String) -> Bool {
        guard let current = lock.withLock({ token }) else { return false }
        return ConstantTime.equals(presented, current)
    }

    /// Invalidates the token (after use).
    func consume() { lock.withLock { token = nil } }
}
