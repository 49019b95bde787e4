/// The services an enterprise (or a desk operator) has put in a plan, by service id, oldest
/// first, without duplicates. Kept by the browser, signed by the server (`ShortlistStore`).
struct Shortlist: Sendable, Equatable {
    private(set) var ids: [Int64]

    init(ids: [Int64] = []) {
        var seen = Set<Int64>()
        self.ids = ids.filter { $0 > 0 && seen.insert($0).inserted }
    }

    var isEmpty: Bool { ids.isEmpty }
    var count: Int { ids.count }
    func contains(_ id: Int64) -> Bool { ids.contains(id) }

    /// Adds `id` at the end; false when it was there already or the list is full.
    @discardableResult
    mutating func add(_ id: Int64, limit: Int) -> Bool {
        guard !ids.contains(id), ids.count < limit else { return false }
        ids.append(id)
        return true
    }

    mutating func remove(_ id: Int64) { ids.removeAll { $0 == id } }

    /// `12.7.45`: the signed payload.
    var payload: String { ids.map(String.init).joined(separator: ".") }

    /// Parses a payload; nil for anything but dot-separated positive ids (at most `limit`).
    init?(payload: String, limit: Int) {
        if payload.isEmpty { self.init(); return }
        let parts = payload.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= limit else { return nil }
        var ids: [Int64] = []
        for part in parts {
            guard part.count <= 18, part.allSatisfy(\.isASCII), let id = Int64(part), id > 0 else { return nil }
            ids.append(id)
        }
        self.init(ids: ids)
    }
}
