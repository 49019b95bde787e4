import Foundation

/// A `ThrottleStore` in process memory, for tests and single-process use without a database.
public final class InMemoryThrottleStore: ThrottleStore, @unchecked Sendable {
    private let lock = NSLock()
    private var records: [String: ThrottleRecord] = [:]

    public init() {}

    public func record(for key: String) throws -> ThrottleRecord {
        lock.withLock { records[key] ?? ThrottleRecord() }
    }

    public func save(_ record: ThrottleRecord, for key: String) throws {
        lock.withLock { records[key] = record }
    }

    public func clear(_ key: String) throws {
        lock.withLock { _ = records.removeValue(forKey: key) }
    }
}
