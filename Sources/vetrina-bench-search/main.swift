// Search latency benchmark: runs many queries of each kind against a catalog database and
// writes p50/p95 per kind. Usage:
//   vetrina-bench-search --db FILE [--queries N] [--md FILE] [--json FILE]
//   vetrina-bench-search --db FILE --writes [--saves N] [--searches N] [--writer-pause-ms N]
//     card save latency (save + the next search seeing it) and, with --searches, search
//     latency while a writer saves continuously; one JSON object on stdout.
import Catalog
import Foundation
import Search
import Storage

let options = BenchOptions(CommandLine.arguments)
guard let dbPath = options.db else {
    FileHandle.standardError.write(Data("uso: vetrina-bench-search --db FILE [--queries N] [--md FILE] [--json FILE]\n".utf8))
    exit(2)
}
do {
    let pool = try DatabasePool(path: dbPath)
    defer { pool.close() }
    if options.writes {
        let figures = try WriteBench(pool: pool, saves: options.saves, searches: options.searches,
                                     writerPause: .milliseconds(options.writerPauseMs)).run()
        print(WriteBench.json(figures))
        exit(figures.missed == 0 ? 0 : 1)
    }
    // Cold text matching: no cache of recent text matches, so every query walks FTS5.
    let search = ServiceSearch(pool: pool, textCacheSize: 0)
    let clock = ContinuousClock()
    let warm = try clock.measure { try search.refresh() }
    var workload = try BenchWorkload(pool: pool, seed: 42)
    var report = BenchReport(cards: workload.cardCount, indexAndSnapshot: warm)
    report.loadBefore = BenchReport.loadAverage()
    for kind in BenchWorkload.Kind.allCases {
        let queries = workload.queries(kind, count: options.queries)
        for q in queries.prefix(30) { _ = try search.search(q) }        // warm-up
        var timings: [Duration] = []
        var cpu: [Duration] = []
        var totals = 0
        for q in queries {
            var results: SearchResults?
            let cpuStart = BenchReport.threadCPUTime()
            timings.append(try clock.measure { results = try search.search(q) })
            cpu.append(BenchReport.threadCPUTime() - cpuStart)
            totals += results?.total ?? 0
        }
        report.add(kind: kind.rawValue, timings: timings, cpu: cpu, meanResults: Double(totals) / Double(max(1, queries.count)))
    }
    // Refining: the same few texts with changing filters, as a person narrowing a search does;
    // the text match set comes from the cache of recent texts.
    let refining = ServiceSearch(pool: pool)
    let refineQueries = workload.queries(.textAndFilters, count: options.queries)
    for q in refineQueries.prefix(30) { _ = try refining.search(q) }
    report.add(kind: "text + filters, refining a recent text", timings: try refineQueries.map { q in
        try clock.measure { _ = try refining.search(q) }
    }, cpu: [], meanResults: 0)
    let autocomplete = ComuneAutocomplete(pool: pool)
    _ = try autocomplete.suggest("mon")
    let prefixes = workload.comunePrefixes(count: options.queries)
    report.add(kind: "comune autocomplete", timings: try prefixes.map { p in try clock.measure { _ = try autocomplete.suggest(p) } },
               cpu: [], meanResults: 0)
    let recording = try RecordingBench(pool: pool, queries: workload.queries(.needAndComune, count: options.queries * 2)).run()
    print(recording)
    if let md = options.md {
        let path = URL(fileURLWithPath: md).deletingLastPathComponent().appendingPathComponent("search-recording.md").path
        try recording.write(toFile: path, atomically: true, encoding: .utf8)
    }
    report.loadAfter = BenchReport.loadAverage()
    print(report.markdown)
    if let md = options.md { try report.markdown.write(toFile: md, atomically: true, encoding: .utf8) }
    if let json = options.json { try report.json.write(toFile: json, atomically: true, encoding: .utf8) }
} catch {
    FileHandle.standardError.write(Data("vetrina-bench-search: \(error)\n".utf8))
    exit(1)
}
