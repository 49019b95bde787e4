import Crypto

/// A "random" source that always returns `byte`, so salts and tokens come out the same every run.
public struct RepeatingByteRandom: RandomSource {
    public let byte: UInt8

    public init(byte: UInt8) { self.byte = byte }

    public func bytes(count: Int) throws(RandomSourceError) -> [UInt8] { [UInt8](repeating: byte, count: count) }
}
