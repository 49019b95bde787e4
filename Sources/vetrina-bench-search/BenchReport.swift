import Foundation
#if canImport(Glibc)
import Glibc
import Storage
#endif

/// Latency percentiles per query kind, as Markdown and JSON.
struct BenchReport {
    struct Row {
        var kind: String
        var count: Int
        var p50: Double, p95: Double, p99: Double, max: Double, mean: Double
        var cpuP50: Double?, cpuP95: Double?
        var meanResults: Double
    }

    let cards: Int
    let indexAndSnapshot: Duration
    var rows: [Row] = []
    var loadBefore = ""
    var loadAfter = ""

    /// The 1-minute load average, from /proc/loadavg ("" when unavailable).
    static func loadAverage() -> String {
        (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").first.map(String.init) ?? ""
    }

    /// CPU time consumed by the calling thread (CLOCK_THREAD_CPUTIME_ID).
    static func threadCPUTime() -> Duration {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return .seconds(ts.tv_sec) + .nanoseconds(ts.tv_nsec)
    }

    init(cards: Int, indexAndSnapshot: Duration) {
        self.cards = cards
        self.indexAndSnapshot = indexAndSnapshot
    }

    static func ms(_ d: Duration) -> Double {
        Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
    }

    static func percentile(_ sorted: [Double], _ p: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        return sorted[min(sorted.count - 1, max(0, Int((Double(sorted.count) * p).rounded(.up)) - 1))]
    }

    mutating func add(kind: String, timings: [Duration], cpu: [Duration], meanResults: Double) {
        let sorted = timings.map(Self.ms).sorted()
        let cpuSorted = cpu.map(Self.ms).sorted()
        guard !sorted.isEmpty else { return }
        rows.append(Row(kind: kind, count: sorted.count, p50: Self.percentile(sorted, 0.5), p95: Self.percentile(sorted, 0.95),
                        p99: Self.percentile(sorted, 0.99), max: sorted.last ?? 0,
                        mean: sorted.reduce(0, +) / Double(sorted.count),
                        cpuP50: cpuSorted.isEmpty ? nil : Self.percentile(cpuSorted, 0.5),
                        cpuP95: cpuSorted.isEmpty ? nil : Self.percentile(cpuSorted, 0.95), meanResults: meanResults))
    }

    var markdown: String {
        let f = { (v: Double) in String(format: "%.2f", v) }
        var lines = [
            "# Search benchmark",
            "",
            "\(cards) published cards; first search (index dirty cards + build snapshot): \(f(Self.ms(indexAndSnapshot))) ms.",
            "Machine: \(ProcessInfo.processInfo.activeProcessorCount) cores, 1-minute load average \(loadBefore) before and \(loadAfter) after",
            "(other work shares the cores, so wall times include waiting for a CPU; the CPU columns are the",
            "search thread's own CPU time). One thread, release build, times in ms, facets and page rows included.",
            "",
            "| query kind | queries | p50 | p95 | p99 | max | mean | CPU p50 | CPU p95 | mean results |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for r in rows {
            lines.append("| \(r.kind) | \(r.count) | \(f(r.p50)) | \(f(r.p95)) | \(f(r.p99)) | \(f(r.max)) | \(f(r.mean)) | \(r.cpuP50.map(f) ?? "–") | \(r.cpuP95.map(f) ?? "–") | \(r.meanResults > 0 ? String(format: "%.0f", r.meanResults) : "–") |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    var json: String {
        let items = rows.map { r in
            "{\"kind\":\"\(r.kind)\",\"queries\":\(r.count),\"p50_ms\":\(r.p50),\"p95_ms\":\(r.p95),\"p99_ms\":\(r.p99),\"max_ms\":\(r.max),\"mean_ms\":\(r.mean),\"cpu_p50_ms\":\(r.cpuP50.map { "\($0)" } ?? "null"),\"cpu_p95_ms\":\(r.cpuP95.map { "\($0)" } ?? "null"),\"mean_results\":\(r.meanResults)}"
        }
        return "{\"cards\":\(cards),\"load_before\":\"\(loadBefore)\",\"load_after\":\"\(loadAfter)\",\"index_and_snapshot_ms\":\(Self.ms(indexAndSnapshot)),\"results\":[\(items.joined(separator: ","))]}\n"
    }
}
