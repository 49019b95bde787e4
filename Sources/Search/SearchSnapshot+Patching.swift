import Catalog
/// Putting cards into a snapshot: appending during a full build, patching changed cards in
/// during a catch-up. Both go through the same steps, so a patched snapshot answers exactly
/// like a rebuilt one. Cost per card: one 512-doc chunk per column and the chunk tables
/// (count / 512 references), plus its reach lists and vocabulary shards — not the catalog.
extension SearchSnapshot {
    /// Appends `card` as the last doc (its id must exceed every id in the snapshot). Any id
    /// is indexed: a small one in the `docByID` table, any other as a sparse doc.
    mutating func append(_ card: SnapshotCard) {
        let id = card.record.serviceID
        let doc = Int32(count)
        if id >= 0, id < denseIDLimit {
            while docByID.count <= Int(id) { docByID.append(-1) }
            docByID[Int(id)] = doc
        } else {
            sparseDocCount += 1
        }
        records.append(card.record)
        reachKeys.append([])
        titleWords.append([])
        attach(card, to: doc)
    }

    /// Patches the cards read for `ids` (sorted ascending); an id without a card was deleted
    /// and its doc becomes a tombstone. Returns false when the snapshot cannot be patched (a
    /// new id below the largest one, which would break id order): rebuild it in full then.
    mutating func patch(ids: [Int64], cards: [SnapshotCard]) -> Bool {
        let byID = Dictionary(cards.map { ($0.record.serviceID, $0) }, uniquingKeysWith: { a, _ in a })
        for id in ids {
            if let doc = doc(forServiceID: id) {
                detach(doc)
                if let card = byID[id] {
                    records[Int(doc)] = card.record
                    attach(card, to: doc)
                } else {
                    records[Int(doc)].status = SnapshotRecord.deletedStatus
                }
            } else if let card = byID[id] {
                guard id > (records.last?.serviceID ?? Int64.min) else { return false }
                append(card)
            }
        }
        return true
    }

    private mutating func attach(_ card: SnapshotCard, to doc: Int32) {
        let keys = Array(Set(card.reach))
        for key in keys { reach[key, default: TerritoryReach()].insert(doc) }
        reachKeys[Int(doc)] = keys
        vocabulary.add(card.titleWords)
        titleWords[Int(doc)] = card.titleWords
    }

    private mutating func detach(_ doc: Int32) {
        for key in reachKeys[Int(doc)] {
            reach[key]?.remove(doc)
            if reach[key]?.slotsByChunk.isEmpty == true { reach[key] = nil }
        }
        reachKeys[Int(doc)] = []
        vocabulary.remove(titleWords[Int(doc)])
        titleWords[Int(doc)] = []
    }
}
