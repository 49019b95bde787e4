import Catalog
import Foundation
import Storage

/// The one search API over the catalog: free text, filters, territory, facets, pagination.
///
/// Text goes to FTS5 (`TextMatcher`); filters, territory reach, facets and ordering run on an
/// in-memory `SearchSnapshot` caught up whenever `search_state.generation` changes: the
/// services changed since the snapshot's generation (`search_changed`) are read in one read
/// transaction and patched into a copy of the snapshot, so a card write costs the same on any
/// catalog size. Searches never write the snapshot's data; the text index is written by the
/// writer (`SearchIndexer.catchUp`: the editors' after-commit hook, `vetrina serve` start-up)
/// and, in the `.writer` role, by a search that finds services still dirty. So on the writer a
/// search reflects every write committed before it started (except while another thread is
/// already catching up, when it is answered from the previous snapshot rather than waiting);
/// in the `.reader` role (a read replica, docs/SCALING.md) it reflects what the index holds,
/// which is every write once the writer has indexed it.
/// Safe to use from many threads.
///
/// Territory semantics: a service answers a comune if it is delivered there (a location in
/// it) or its served territory contains the comune, an area containing it, its province or
/// the region. It answers an area, province or region if it answers any of its comuni.
// @unchecked Sendable: `cached`, `rebuilds` and `versions` are read and written only under `lock`;
// catch-ups and rebuilds run one at a time under `rebuildLock`; every other stored property is immutable.
public final class ServiceSearch: @unchecked Sendable {
    /// Who brings the text index up to date when a search finds services still dirty.
    enum IndexRole: Sendable, Equatable {
        /// The node that writes the catalog: the search indexes them first (its own short
        /// write transaction), so it finds every write committed before it started.
        case writer
        /// A read replica: the search only reads and answers from what the index holds; the
        /// writer's after-commit hook indexes the services and the replication brings them here.
        case reader
    }

    let pool: DatabasePool
    /// Follows the pool: `.reader` on a read-only pool (`vetrina serve --replica`), `.writer` otherwise.
    let role: IndexRole
    public let today: @Sendable () -> CalendarDay?
    /// Cards whose verification reference is older than this rank lower (nil: no demotion).
    private let demoteBefore: @Sendable () -> Int64?
    private let lock = NSLock()          // guards `cached`, `rebuilds` and `versions`
    private let rebuildLock = NSLock()   // one catch-up or rebuild at a time
    private var cached: SearchSnapshot?
    private var rebuilds = 0             // guarded by `lock`
    private var versions: Int64 = 0      // guarded by `lock`: the last `SearchSnapshot.version` given
    /// Beyond this many changed services (bulk loads) the snapshot is rebuilt in full.
    private let patchLimit = 2_000
    let matcher = TextMatcher()
    private let indexer = SearchIndexer()
    private let textCache: TextMatchCache
    /// Runs after the writer's re-indexing, before the snapshot is read (tests use it to land a write there).
    private let afterIndexing: @Sendable () -> Void

    /// - Parameters:
    ///   - pool: the catalog database (migrated with 0002_search.sql).
    ///   - today: the current day, to leave out cards whose validity ended (public scope);
    ///     nil keeps them.
    ///   - textCacheSize: how many recent text match sets to keep (0 disables the cache).
    public convenience init(pool: DatabasePool, today: @escaping @Sendable () -> CalendarDay? = ServiceSearch.utcToday,
                            textCacheSize: Int = 32, demoteBefore: @escaping @Sendable () -> Int64? = { nil }) {
        self.init(pool: pool, today: today, textCacheSize: textCacheSize, demoteBefore: demoteBefore, afterIndexing: {})
    }

    init(pool: DatabasePool, today: @escaping @Sendable () -> CalendarDay?, textCacheSize: Int,
         demoteBefore: @escaping @Sendable () -> Int64?, afterIndexing: @escaping @Sendable () -> Void) {
        self.afterIndexing = afterIndexing
        self.pool = pool
        self.role = pool.isReadOnly ? .reader : .writer
        self.today = today
        self.demoteBefore = demoteBefore
        textCache = TextMatchCache(capacity: textCacheSize)
    }

    /// Today in UTC (the civil day of the current Unix time, as `CalendarDay(unixSeconds:)` counts it).
    @Sendable public static func utcToday() -> CalendarDay? {
        CalendarDay(unixSeconds: Int64(Date().timeIntervalSince1970.rounded(.down)))
    }

    /// Runs `query` (normalised first: bad paging values are clamped, long text cut).
    /// - Throws: `SQLiteError` only for database failures; no input makes it throw.
    public func search(_ query: SearchQuery) throws -> SearchResults {
        let q = query.normalized
        let snapshot = try currentSnapshot()
        return try pool.read { db in
            let text = try textMatches(q, snapshot: snapshot, db: db)
            let filter = SnapshotFilter(query: q, snapshot: snapshot, today: today())
            let expansion = q.territoryId.map { snapshot.expansion(of: $0) } ?? [:]
            let territory = q.territoryId.map { snapshot.proximities(for: $0) }
            let evaluation = snapshot.evaluate(filter, candidates: SnapshotCandidates(text: text, territory: territory))
            let ordered = SearchRanking.order(evaluation, in: snapshot, sort: q.sort, limit: q.page * q.pageSize,
                                              demoteBefore: demoteBefore())
            let start = min((q.page - 1) * q.pageSize, ordered.count)
            let page = Array(ordered[start..<min(start + q.pageSize, ordered.count)])
            let items = try SearchHitLoader(snapshot: snapshot).hits(for: page, expansion: expansion, db: db)
            var suggestions: SearchSuggestions?
            if evaluation.total == 0 {
                suggestions = try self.suggestions(q, filter: filter, text: text, snapshot: snapshot,
                                                   evaluation: evaluation, db: db)
            }
            return SearchResults(items: items, total: evaluation.total, page: q.page, pageSize: q.pageSize,
                                 facets: facets(evaluation, query: q, snapshot: snapshot),
                                 territory: q.territoryId.flatMap { snapshot.territories[$0] },
                                 suggestions: suggestions)
        }
    }

    private func textMatches(_ q: SearchQuery, snapshot: SearchSnapshot, db: Connection) throws -> TextMatchCache.Matches? {
        guard let key = matcher.builder.matchExpression(for: q.text, prefixLastWord: q.prefixLastWord) else { return nil }
        if let cached = textCache.matches(for: key, version: snapshot.version) { return cached }
        guard let matches = try matcher.matches(for: q, snapshot: snapshot, db: db) else { return nil }
        textCache.store(matches, for: key, version: snapshot.version)
        return matches
    }

    /// Brings the snapshot up to date if the catalog changed (on the writer, indexing dirty
    /// services first). Searches do this on their own; call it after bulk loads so the first
    /// search is not the slow one.
    /// - Throws: `SQLiteError`.
    public func refresh() throws {
        _ = try currentSnapshot()
    }

    func currentSnapshot() throws -> SearchSnapshot {
        let (generation, indexBehind) = try pool.read { db in
            (try db.scalar("SELECT generation FROM search_state WHERE id = 1", as: Int64.self) ?? 0,
             try SearchIndexer.hasDirty(db))
        }
        let current = lock.withLock { cached }
        if let current, current.generation == generation { return current }
        // A replica whose writer has not indexed the latest writes yet: what the index holds.
        if let current, role == .reader, indexBehind { return current }
        // While another thread catches up, serve the previous snapshot instead of queueing
        // every request behind it.
        if let current, !rebuildLock.try() { return current }
        if current == nil { rebuildLock.lock() }
        defer { rebuildLock.unlock() }
        if let snapshot = lock.withLock({ cached }), snapshot.generation >= generation { return snapshot }
        if role == .writer {
            if indexBehind { try indexer.catchUp(pool) }
            afterIndexing()
        }
        var snapshot = try lock.withLock({ cached }).flatMap { try caughtUp($0) } ?? rebuilt()
        lock.withLock {
            versions += 1
            snapshot.version = versions
            cached = snapshot
        }
        return snapshot
    }

    /// How many times the snapshot was built from scratch (tests check patching is used).
    var fullRebuildCount: Int { lock.withLock { rebuilds } }

    /// `snapshot` with the services changed since its generation patched in, all read in one
    /// read transaction; nil when a full rebuild is needed instead (territories or taxonomies
    /// changed, too many changed services, or a new id below the largest one).
    private func caughtUp(_ snapshot: SearchSnapshot) throws -> SearchSnapshot? {
        let reader = SnapshotCardReader(snapshot: snapshot)
        let read = try pool.read { db -> (label: Int64, ids: [Int64], cards: [SnapshotCard])? in
            let labels = try SearchIndexer.Labels.read(db)
            guard labels.structure == snapshot.structure else { return nil }
            // Changed since this snapshot: every service written after it was read, whether
            // the index has caught up with it yet or not.
            let ids = try indexer.changedIDs(db, since: snapshot.generation, limit: patchLimit + 1)
            guard ids.count <= patchLimit else { return nil }
            return (try Self.label(labels.generation, db), ids,
                    ids.isEmpty ? [] : try reader.cards(db, idsJSON: SearchIndexer.json(ids)))
        }
        guard let read else { return nil }
        var next = snapshot
        guard next.patch(ids: read.ids, cards: read.cards) else { return nil }
        next.generation = read.label
        return next
    }

    /// A snapshot built from scratch in one read transaction.
    private func rebuilt() throws -> SearchSnapshot {
        lock.withLock { rebuilds += 1 }
        return try pool.read { db in
            let labels = try SearchIndexer.Labels.read(db)
            return try SearchSnapshot.load(from: db, generation: try Self.label(labels.generation, db),
                                           structure: labels.structure)
        }
    }

    /// The generation to label a snapshot read at `generation` with: that one when the index
    /// had caught up with it; otherwise the oldest `search_changed` stamp among the services
    /// still dirty. A dirty service is not stamped again when written again (0012), so the
    /// older label makes the next catch-up read it again, and, being older than `generation`,
    /// makes the next search look again, until the index has caught up.
    private static func label(_ generation: Int64, _ db: Connection) throws -> Int64 {
        guard let stamp = try SearchIndexer.oldestDirtyStamp(db) else { return generation }
        return min(generation, stamp)
    }
}
