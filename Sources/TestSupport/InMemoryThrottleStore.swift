import Accounts
import Foundation

/// A `ThrottleStore` in process memory, for tests that need throttling without a database.
// @unchecked Sendable: `records` is read and written only under `lock`.
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

    @discardableResult
    public func recordFailure(for key: String,
                              update: (ThrottleRecord) -> ThrottleRecord) throws -> ThrottleRecord {
        lock.withLock {
            let next = update(records[key] ?? ThrottleRecord())
            records[key] = next
            return next
        }
    }

    public func clear(_ key: String) throws {
        lock.withLock { _ = records.removeValue(forKey: key) }
    }

    @discardableResult
    public func deleteRecords(keyPrefix: String, where isExpired: (ThrottleRecord) -> Bool) throws -> Int {
        lock.withLock {
            let before = records.count
            records = records.filter { !($0.key.hasPrefix(keyPrefix) && isExpired($0.value)) }
            return before - records.count
        }
    }
}
