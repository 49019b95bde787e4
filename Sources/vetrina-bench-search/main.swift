// Search latency benchmark: runs many queries of each kind against a catalog database and
// writes p50/p95 per kind. Usage:
//   vetrina-bench-search --db FILE [--queries N] [--md FILE] [--json FILE]
import Catalog
import Foundation

let options = BenchOptions(CommandLine.arguments)
guard let dbPath = options.db else {
    FileHandle.standardError.write(Data("uso: vetrina-bench-search --db FILE [--queries N] [--md FILE] [--json FILE]\n".utf8))
    exit(2)
}
do {
    let pool = try DatabasePool(path: dbPath)
    defer { pool.close() }
    let search = ServiceSearch(pool: pool)
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
    let autocomplete = ComuneAutocomplete(pool: pool)
    _ = try autocomplete.suggest("mon")
    let prefixes = workload.comunePrefixes(count: options.queries)
    report.add(kind: "comune autocomplete", timings: try prefixes.map { p in try clock.measure { _ = try autocomplete.suggest(p) } },
               cpu: [], meanResults: 0)
    report.loadAfter = BenchReport.loadAverage()
    print(report.markdown)
    if let md = options.md { try report.markdown.write(toFile: md, atomically: true, encoding: .utf8) }
    if let json = options.json { try report.json.write(toFile: json, atomically: true, encoding: .utf8) }
} catch {
    FileHandle.standardError.write(Data("vetrina-bench-search: \(error)\n".utf8))
    exit(1)
}
