import Catalog
/// What filters, facets and ordering need of one card (one "doc" of `SearchSnapshot`).
struct SnapshotRecord: Sendable, Equatable {
    /// Status value of a deleted card's doc: no `SnapshotFilter` allows it.
    static let deletedStatus: UInt8 = 7

    var serviceID: Int64
    /// Index of the status in `ServiceStatus.allCases`, or `deletedStatus`.
    var status: UInt8 = 0
    /// Index of the cost kind in `CostKind.allCases`.
    var cost: UInt8 = 0
    var welfare = false
    /// Index into `organizationKinds`, or -1 when unknown.
    var organizationKind: Int16 = -1
    /// Index into `tuirTerms`, or -1 when the card names no TUIR category.
    var tuirCategory: Int16 = -1
    /// Last valid day as yyyymmdd, `Int32.max` when open-ended.
    var validTo = Int32.max
    var needs: UInt64 = 0
    var targets: UInt64 = 0
    var modes: UInt64 = 0
    /// max(updated_at, last_verified_at), unix seconds.
    var freshness: Int64 = 0
    /// Last verification, else facts date, else creation, unix seconds (`FreshnessPolicy`).
    var verifiedReference: Int64 = 0

    var isPublished: Bool { status == SnapshotRecord.publishedStatus }
    static let publishedStatus = UInt8(ServiceStatus.allCases.firstIndex(of: .published) ?? 0)
}

/// One card as read from the database, ready to be put into a snapshot.
struct SnapshotCard: Sendable {
    var record: SnapshotRecord
    /// Served territories and the comuni of its delivery locations.
    var reach: [Int64] = []
    /// Its folded title words when published (the spelling vocabulary), else empty.
    var titleWords: [String] = []
}

/// For one territory, the docs that it reaches, grouped by chunk (`ChunkedArray.chunkShift`),
/// so adding or removing a doc copies one small list.
struct TerritoryReach: Sendable {
    var slotsByChunk: [Int32: [UInt16]] = [:]

    mutating func insert(_ doc: Int32) {
        slotsByChunk[doc >> Int32(ChunkedArray<Int>.chunkShift), default: []].append(Self.slot(doc))
    }

    mutating func remove(_ doc: Int32) {
        let chunk = doc >> Int32(ChunkedArray<Int>.chunkShift)
        guard var slots = slotsByChunk[chunk], let index = slots.firstIndex(of: Self.slot(doc)) else { return }
        slots.remove(at: index)
        slotsByChunk[chunk] = slots.isEmpty ? nil : slots
    }

    /// Calls `body` with every doc.
    @inline(__always)
    func forEach(_ body: (Int32) -> Void) {
        for (chunk, slots) in slotsByChunk {
            let base = chunk << Int32(ChunkedArray<Int>.chunkShift)
            for slot in slots { body(base | Int32(slot)) }
        }
    }

    private static func slot(_ doc: Int32) -> UInt16 {
        UInt16(truncatingIfNeeded: doc & Int32(ChunkedArray<Int>.chunkSize - 1))
    }
}
