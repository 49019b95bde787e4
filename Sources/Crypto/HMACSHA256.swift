/// HMAC with SHA-256 (RFC 2104; test vectors in RFC 4231 §4).
///
/// The key is hashed first when longer than the 64-byte block (RFC 2104 §2). The padded inner and
/// outer states are computed once in `init`, so one key can authenticate many messages cheaply
/// (PBKDF2 relies on this).
public struct HMACSHA256: Sendable {
    /// Output length in bytes.
    public static let byteCount = 32
    private static let blockSize = 64

    private let innerKeyed: SHA256
    private let outerKeyed: SHA256

    /// Prepares an authenticator for `key` (any length, including empty).
    public init(key: [UInt8]) {
        var block = key.count > Self.blockSize ? SHA256.hash(key) : key
        block += [UInt8](repeating: 0, count: Self.blockSize - block.count)
        var inner = SHA256()
        inner.update(block.map { $0 ^ 0x36 })
        var outer = SHA256()
        outer.update(block.map { $0 ^ 0x5c })
        innerKeyed = inner
        outerKeyed = outer
    }

    /// The 32-byte MAC of `message` under this key.
    public func authenticate(_ message: some Sequence<UInt8>) -> [UInt8] {
        var inner = innerKeyed
        inner.update(message)
        var outer = outerKeyed
        outer.update(inner.finalize())
        return outer.finalize()
    }

    /// One-shot convenience: HMAC-SHA256(key, message).
    public static func authenticate(_ message: some Sequence<UInt8>, key: [UInt8]) -> [UInt8] {
        HMACSHA256(key: key).authenticate(message)
    }
}
