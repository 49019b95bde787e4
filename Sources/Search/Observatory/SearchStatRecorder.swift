import Foundation
import Catalog
import Storage
import Accounts

/// Records public searches into the anonymous aggregates (`search_stat`, `search_term_stat`)
/// without slowing them: `record` only adds to in-memory counters under a lock (no I/O, no
/// allocation per repeated key); a background thread flushes them through the single writer
/// every `flushInterval`; `stop` flushes what is left, so a graceful shutdown loses nothing.
///
/// The pending counters are bounded (`maxPendingKeys`, `maxPendingWords`): when the writer
/// cannot keep up, further distinct keys are dropped and counted in `droppedSearches` rather
/// than growing memory without end.
// @unchecked Sendable: the pending counters, `dropped`, `running`, `stopping` and `worker` are
// guarded by `state` (an NSCondition); `terms` and flushing by `flushLock`.
public final class SearchStatRecorder: @unchecked Sendable {
    /// Tuning; the defaults suit a public portal.
    public struct Configuration: Sendable {
        /// How often the background thread writes. Default 2 s.
        public var flushInterval: Duration = .seconds(2)
        /// Distinct aggregate keys held between flushes. Default 20,000.
        public var maxPendingKeys = 20_000
        /// Distinct (day, word) pairs held between flushes and below the threshold. Default 5,000.
        public var maxPendingWords = 5_000
        /// Searches of the same day after which a word outside the index vocabulary is stored (k).
        public var wordThreshold = 5

        public init() {}
    }

    private let pool: DatabasePool
    private let clock: any AuthClock
    private let configuration: Configuration
    private let log: @Sendable (String) -> Void
    private let state = NSCondition()
    private var pending: [SearchStatKey: Int] = [:]
    private var pendingWords: [TermKey: TermTally] = [:]
    private var dropped = 0
    private var running = false
    private var stopping = false
    private var worker: Thread?
    private let exited = DispatchSemaphore(value: 0)
    /// Serialises flushes; guards `terms`.
    private let flushLock = NSLock()
    private var terms: SearchTermFilter

    /// - Parameters:
    ///   - clock: gives the day searches are counted under (UTC).
    ///   - log: receives one line per failed flush.
    public init(pool: DatabasePool, clock: any AuthClock = SystemAuthClock(), configuration: Configuration = Configuration(),
                log: @escaping @Sendable (String) -> Void = { _ in }) {
        self.pool = pool
        self.clock = clock
        self.configuration = configuration
        self.log = log
        terms = SearchTermFilter(threshold: configuration.wordThreshold, capacity: configuration.maxPendingWords)
    }

    /// Adds one search to the pending counters. Never blocks on the database.
    public func record(_ search: SearchRecord) {
        let day = CalendarDay(unixSeconds: clock.nowSeconds())
        let keys = SearchStatKey.keys(for: search, day: day)
        let words = SearchTermFilter.candidateWords(in: search.text)
        let tally = TermTally(searches: 1, zeroResults: search.resultCount == 0 ? 1 : 0)
        state.lock()
        defer { state.unlock() }
        for key in keys {
            if let count = pending[key] { pending[key] = count + 1 }
            else if pending.count < configuration.maxPendingKeys { pending[key] = 1 }
            else { dropped += 1 }
        }
        for word in words {
            let key = TermKey(day: day, term: word)
            if pendingWords[key] != nil { pendingWords[key]?.add(tally) }
            else if pendingWords.count < configuration.maxPendingWords { pendingWords[key] = tally }
        }
    }

    /// Searches that could not be counted because the pending counters were full.
    public var droppedSearches: Int { state.withLock { dropped } }

    /// Starts the background flusher. Idempotent.
    public func start() {
        state.withLock {
            guard !running else { return }
            running = true
            stopping = false
            let thread = Thread { [self] in loop() }
            thread.name = "search-stat-flush"
            worker = thread
            thread.start()
        }
    }

    /// Stops the background flusher and writes everything pending. Idempotent; call at shutdown
    /// after the HTTP server has finished its in-flight requests.
    public func stop() {
        let wasRunning = state.withLock { () -> Bool in
            guard running else { return false }
            stopping = true
            state.broadcast()
            return true
        }
        if wasRunning { exited.wait() }
        state.withLock { running = false; worker = nil }
        do { try flush() } catch { log("search statistics: final flush failed: \(error)") }
    }

    private func loop() {
        let interval = Double(configuration.flushInterval.components.seconds)
            + Double(configuration.flushInterval.components.attoseconds) / 1e18
        while true {
            let stop = state.withLock { () -> Bool in
                if !stopping { _ = state.wait(until: Date().addingTimeInterval(max(0.01, interval))) }
                return stopping
            }
            if stop { break }
            do { try flush() } catch { log("search statistics: flush failed, retrying later: \(error)") }
        }
        exited.signal()
    }

    /// Writes the pending counters now, in one transaction. On failure they are put back.
    /// - Throws: `SQLiteError`.
    public func flush() throws {
        flushLock.lock()
        defer { flushLock.unlock() }
        let (batch, words) = state.withLock { () -> ([SearchStatKey: Int], [TermKey: TermTally]) in
            defer { pending = [:]; pendingWords = [:] }
            return (pending, pendingWords)
        }
        guard !batch.isEmpty || !words.isEmpty else { return }
        let filterBefore = terms
        do {
            try pool.write { db in
                let writer = SearchStatWriter(db: db)
                for (key, count) in batch { try writer.add(key, searches: count) }
                let today = CalendarDay(unixSeconds: clock.nowSeconds())
                for (key, tally) in try terms.admit(words, today: today, isKnown: writer.isKnownWord) {
                    try writer.add(key, tally: tally)
                }
            }
        } catch {
            terms = filterBefore
            state.withLock {
                for (key, count) in batch where pending[key] != nil || pending.count < configuration.maxPendingKeys {
                    pending[key, default: 0] += count
                }
                for (key, tally) in words where pendingWords[key] != nil || pendingWords.count < configuration.maxPendingWords {
                    pendingWords[key, default: TermTally()].add(tally)
                }
            }
            throw error
        }
    }
}
