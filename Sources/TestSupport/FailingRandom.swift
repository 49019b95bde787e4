import Crypto

/// A random source whose every call fails as an unreadable `/dev/urandom` would.
public struct FailingRandom: RandomSource {
    public init() {}

    public func bytes(count: Int) throws(RandomSourceError) -> [UInt8] { throw .unavailable }
}
