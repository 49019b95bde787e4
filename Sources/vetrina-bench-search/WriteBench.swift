import Catalog
import Foundation
import Search
import Storage

/// Card saves against a catalog: the save (`CardEditor.update` as a redattore: permission,
/// validation, revision and audit in one transaction, see `BenchCardSaver`) plus the next search
/// finding the saved title, which includes catching the index and snapshot up; then search
/// latency while a writer thread saves continuously.
struct WriteBench {
    let pool: DatabasePool
    let saves: Int
    let searches: Int
    /// Pause between two saves of the background writer.
    let writerPause: Duration

    struct Figures {
        var cards = 0
        var save: [Double] = []           // ms: CardEditor.update + first search that sees it
        var writeOnly: [Double] = []      // ms: CardEditor.update alone
        var searchUnderLoad: [Double] = []
        var writesDuringSearches = 0
        var missed = 0                    // saves the next search did not see (must be 0)
    }

    func run() throws -> Figures {
        var figures = Figures()
        let ids: [Int64] = try pool.read { db in
            try db.query("SELECT id FROM service WHERE status = 'published' ORDER BY id").compactMap {
                if case .integer(let id) = $0[0] { return id } else { return nil }
            }
        }
        figures.cards = try pool.read { db in try db.scalar("SELECT count(*) FROM service", as: Int.self) ?? 0 }
        guard !ids.isEmpty else { return figures }
        let saver = try BenchCardSaver(pool: pool)
        let search = ServiceSearch(pool: pool, textCacheSize: 0)
        try search.refresh()
        let clock = ContinuousClock()
        var rng = SplitMix64(seed: 7)
        for n in 0..<saves {
            let id = ids[Int(rng.next() % UInt64(ids.count))]
            let token = Self.token(n)
            let edit = try saver.edit(id, token: token)   // what the form posts; read before the clock starts
            var write = Duration.zero
            let total = try clock.measure {
                write = try clock.measure { try saver.save(id, edit) }
                let found = try search.search(SearchQuery(text: token)).items.map(\.id)
                if found != [id] { figures.missed += 1 }
            }
            figures.save.append(BenchReport.ms(total))
            figures.writeOnly.append(BenchReport.ms(write))
        }
        if searches > 0 { figures.searchUnderLoad = try searchesUnderLoad(search, saver: saver, ids: ids, figures: &figures) }
        return figures
    }

    private func searchesUnderLoad(_ search: ServiceSearch, saver: BenchCardSaver, ids: [Int64],
                                   figures: inout Figures) throws -> [Double] {
        let stop = StopFlag()
        let writes = WriteCounter()
        let pause = writerPause
        let writer = Thread {
            var rng = SplitMix64(seed: 11)
            var n = 1_000_000
            while !stop.isSet {
                let id = ids[Int(rng.next() % UInt64(ids.count))]
                if (try? saver.save(id, saver.edit(id, token: Self.token(n)))) != nil { writes.add() }
                n += 1
                Thread.sleep(forTimeInterval: Double(pause.components.attoseconds) / 1e18 + Double(pause.components.seconds))
            }
        }
        writer.start()
        defer { stop.set() }
        var workload = try BenchWorkload(pool: pool, seed: 99)
        let kinds: [BenchWorkload.Kind] = [.needAndComune, .freeText, .textAndFilters, .textAndComune]
        let clock = ContinuousClock()
        var timings: [Double] = []
        for i in 0..<searches {
            let q = workload.query(kinds[i % kinds.count])
            timings.append(BenchReport.ms(try clock.measure { _ = try search.search(q) }))
        }
        stop.set()
        while !writer.isFinished { Thread.sleep(forTimeInterval: 0.01) }
        figures.writesDuringSearches = writes.value
        return timings
    }

    /// A word no synthetic card contains ("benchbaac"…), letters only.
    static func token(_ n: Int) -> String {
        var n = n
        var letters = ""
        for _ in 0..<6 {
            letters.append(Character(Unicode.Scalar(UInt8(97 + n % 26))))
            n /= 26
        }
        return "bench" + letters
    }
}

/// Set once by the benchmark's main thread, read by its writer thread.
final class StopFlag: @unchecked Sendable {   // `lock` guards `value`
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}

/// Saves done by the writer thread.
final class WriteCounter: @unchecked Sendable {   // `lock` guards `count`
    private let lock = NSLock()
    private var count = 0
    var value: Int { lock.withLock { count } }
    func add() { lock.withLock { count += 1 } }
}

extension WriteBench {
    /// The figures as one JSON object (milliseconds).
    static func json(_ f: Figures) -> String {
        func stats(_ values: [Double]) -> String {
            let sorted = values.sorted()
            return String(format: "{\"n\": %d, \"p50\": %.3f, \"p95\": %.3f, \"max\": %.3f}", sorted.count,
                          BenchReport.percentile(sorted, 0.5), BenchReport.percentile(sorted, 0.95), sorted.last ?? 0)
        }
        return "{\"cards\": \(f.cards), \"save\": \(stats(f.save)), \"write_only\": \(stats(f.writeOnly)), "
            + "\"search_under_load\": \(stats(f.searchUnderLoad)), \"writes_during_searches\": \(f.writesDuringSearches), "
            + "\"missed\": \(f.missed), \"load\": \"\(BenchReport.loadAverage())\"}"
    }
}
