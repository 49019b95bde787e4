import Foundation

/// A value several threads read and change, every access under one `NSLock`: a counter, a list
/// of failures, a flag a test shares with a server thread, without a class of its own.
// @unchecked Sendable: `value` is read and written only under `lock`; `Value` is Sendable, so
// the copies `current` and `withLock` hand out are safe on any thread.
public final class Locked<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    public init(_ value: Value) { self.value = value }

    /// Runs `body` on the value while holding the lock; what `body` changes is kept.
    public func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        try lock.withLock { try body(&value) }
    }

    /// A copy of the value as it is now.
    public var current: Value { lock.withLock { value } }
}
