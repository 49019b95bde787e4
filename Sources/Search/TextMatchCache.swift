import Catalog
import Foundation

/// The most recent text matches, so refining filters, paging or changing the order of the
/// same text does not walk the FTS5 posting lists again. Entries belong to one snapshot
/// (`SearchSnapshot.version`: their doc numbers are its own); a new snapshot empties the cache. First-in, first-out beyond `capacity`.
// @unchecked Sendable: `version`, `entries` and `order` are read and written only under `lock`.
final class TextMatchCache: @unchecked Sendable {
    typealias Matches = (docs: [Int32], bands: [UInt8])

    private let capacity: Int
    private let lock = NSLock()
    private var version: Int64 = -1
    private var entries: [String: Matches] = [:]
    private var order: [String] = []

    /// `capacity` 0 disables caching.
    init(capacity: Int) {
        self.capacity = max(0, capacity)
    }

    func matches(for key: String, version: Int64) -> Matches? {
        lock.withLock { self.version == version ? entries[key] : nil }
    }

    func store(_ matches: Matches, for key: String, version: Int64) {
        guard capacity > 0 else { return }
        lock.withLock {
            if self.version != version {
                self.version = version
                entries.removeAll()
                order.removeAll()
            }
            if entries[key] == nil {
                order.append(key)
                if order.count > capacity { entries[order.removeFirst()] = nil }
            }
            entries[key] = matches
        }
    }
}
