/// SHA-256 (FIPS 180-4 §6.2), for migration checksums and session-token hashes.
/// Foundation on Linux has no CryptoKit. Not constant-time; do not use for secret comparisons.
public struct SHA256: Sendable {
    private var state = SHA256Compression.initial
    private var buffer: [UInt8] = []
    private var totalBytes: UInt64 = 0

    /// A fresh hasher.
    init() {}

    /// The 32-byte digest of `bytes`.
    public static func hash<Bytes: Sequence>(_ bytes: Bytes) -> [UInt8] where Bytes.Element == UInt8 {
        var hasher = SHA256()
        hasher.update(bytes)
        return hasher.finalize()
    }

    /// The digest of `bytes` as 64 lowercase hex characters.
    public static func hexDigest<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        hash(bytes).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    /// The digest of a string's UTF-8 bytes as lowercase hex.
    public static func hexDigest(_ text: String) -> String { hexDigest(Array(text.utf8)) }

    /// Feeds more bytes.
    mutating func update<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        for byte in bytes {
            buffer.append(byte)
            totalBytes &+= 1
            if buffer.count == 64 {
                compress(buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
    }

    /// Pads (FIPS 180-4 §5.1.1) and returns the 32-byte digest.
    mutating func finalize() -> [UInt8] {
        let bitLength = totalBytes &* 8
        buffer.append(0x80)
        while buffer.count % 64 != 56 { buffer.append(0) }
        for shift in stride(from: 56, through: 0, by: -8) { buffer.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift))) }
        for start in stride(from: 0, to: buffer.count, by: 64) { compress(Array(buffer[start..<start + 64])) }
        buffer.removeAll()
        return SHA256Compression.bytes(state)
    }

    private mutating func compress(_ block: [UInt8]) {
        var words = [UInt32](repeating: 0, count: 16)
        for t in 0..<16 {
            words[t] = (0..<4).reduce(UInt32(0)) { $0 << 8 | UInt32(block[t * 4 + $1]) }
        }
        state = words.withUnsafeBufferPointer { SHA256Compression.compress(state, words: $0) }
    }
}
