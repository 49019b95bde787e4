import Foundation
import Crypto
import Accounts

/// CSRF and spam protection for the public feedback forms, without a session or a cookie:
/// the form carries `issuedAt.hmac(slug|issuedAt)` under a per-process random key. A post is
/// accepted only with a valid signature for that card, at least `minimumFillSeconds` after the
/// form was served (bots post at once) and at most `lifetimeSeconds` after. A cross-site
/// attacker cannot obtain a valid token for the victim without reading our page.
public struct FeedbackFormToken: Sendable {
    public enum Problem: Error, Equatable { case invalid, tooFast, expired }

    private let mac: HMACSHA256
    private let clock: any AuthClock
    public var minimumFillSeconds: Int64 = 3
    public var lifetimeSeconds: Int64 = 2 * 3_600

    /// - Throws: `AuthError` when no random key can be drawn.
    public init(clock: any AuthClock = SystemAuthClock(), random: any RandomSource = SystemRandomSource()) throws {
        mac = HMACSHA256(key: try random.bytes(count: 32))
        self.clock = clock
    }

    /// A token for the form of card `slug`, issued now.
    public func issue(for slug: String) -> String {
        let issued = clock.nowSeconds()
        return "\(issued).\(AuthEncoding.base64URL(mac.authenticate(Array("\(slug)|\(issued)".utf8))))"
    }

    /// Checks `token` for card `slug`.
    public func verify(_ token: String, for slug: String) throws(Problem) {
        let parts = token.split(separator: ".", maxSplits: 1)
        guard parts.count == 2, parts[0].count <= 12, let issued = Int64(parts[0]),
              let signature = AuthEncoding.decodeBase64URL(String(parts[1])),
              ConstantTime.equals(signature, mac.authenticate(Array("\(slug)|\(issued)".utf8))) else { throw .invalid }
        let age = clock.nowSeconds() - issued
        if age < minimumFillSeconds { throw .tooFast }
        if age > lifetimeSeconds { throw .expired }
    }
}

/// At most `limit` feedback posts per client in `windowSeconds` (a sliding window kept in
/// memory, never stored). Bounded: past `maxClients` tracked clients the oldest are forgotten.
public final class FeedbackRateLimiter: @unchecked Sendable {
    public let limit: Int
    public let windowSeconds: Int64
    private let maxClients: Int
    private let clock: any AuthClock
    private let lock = NSLock()
    private var recent: [String: [Int64]] = [:]

    public init(limit: Int = 5, windowSeconds: Int64 = 600, maxClients: Int = 10_000, clock: any AuthClock = SystemAuthClock()) {
        self.limit = max(1, limit)
        self.windowSeconds = max(1, windowSeconds)
        self.maxClients = max(1, maxClients)
        self.clock = clock
    }

    /// Counts one post by `client`; false when over the limit (the post must be refused).
    public func allow(_ client: String) -> Bool {
        let now = clock.nowSeconds()
        return lock.withLock {
            var times = (recent[client] ?? []).filter { $0 > now - windowSeconds }
            guard times.count < limit else { recent[client] = times; return false }
            times.append(now)
            if recent[client] == nil && recent.count >= maxClients {
                recent = recent.filter { ($0.value.last ?? 0) > now - windowSeconds }
                if recent.count >= maxClients { recent.removeAll() }
            }
            recent[client] = times
            return true
        }
    }
}
