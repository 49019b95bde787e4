import Glibc

/// Why a `RandomSource` returned no bytes.
public enum RandomSourceError: Error, Equatable, Sendable {
    /// The operating system's random source could not be opened or read.
    case unavailable
}

/// A source of cryptographically secure random bytes. Injected so tests can count or fake calls.
public protocol RandomSource: Sendable {
    /// Returns `count` random bytes. Throws `RandomSourceError.unavailable` when the source fails.
    func bytes(count: Int) throws(RandomSourceError) -> [UInt8]
}

/// Reads the kernel's CSPRNG through `/dev/urandom` (non-blocking once the pool is initialised,
/// see random(4)). A fresh descriptor per call keeps the type free of shared state.
public struct SystemRandomSource: RandomSource {
    public init() {}

    public func bytes(count: Int) throws(RandomSourceError) -> [UInt8] {
        guard count > 0 else { return [] }
        let fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw .unavailable }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let n = buffer.withUnsafeMutableBytes { raw in
                read(fd, raw.baseAddress.map { $0 + filled }, count - filled)
            }
            if n > 0 { filled += n; continue }
            if n < 0 && errno == EINTR { continue }
            throw .unavailable
        }
        return buffer
    }
}
