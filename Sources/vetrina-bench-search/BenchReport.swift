import Foundation

/// Latency percentiles per query kind, as Markdown and JSON.
struct BenchReport {
    struct Row {
        var kind: String
        var count: Int
        var p50: Double, p95: Double, p99: Double, max: Double, mean: Double
        var meanResults: Double
    }

    let cards: Int
    let indexAndSnapshot: Duration
    var rows: [Row] = []

    init(cards: Int, indexAndSnapshot: Duration) {
        self.cards = cards
        self.indexAndSnapshot = indexAndSnapshot
    }

    static func ms(_ d: Duration) -> Double {
        Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
    }

    mutating func add(kind: String, timings: [Duration], meanResults: Double) {
        let sorted = timings.map(Self.ms).sorted()
        guard !sorted.isEmpty else { return }
        func pct(_ p: Double) -> Double { sorted[min(sorted.count - 1, Int((Double(sorted.count) * p).rounded(.up)) - 1)] }
        rows.append(Row(kind: kind, count: sorted.count, p50: pct(0.5), p95: pct(0.95), p99: pct(0.99),
                        max: sorted.last ?? 0, mean: sorted.reduce(0, +) / Double(sorted.count), meanResults: meanResults))
    }

    var markdown: String {
        let f = { (v: Double) in String(format: "%.2f", v) }
        var lines = [
            "# Search benchmark",
            "",
            "\(cards) published cards; first search (index dirty cards + build snapshot): \(f(Self.ms(indexAndSnapshot))) ms.",
            "Machine: \(ProcessInfo.processInfo.activeProcessorCount) cores; single thread, release build; times in ms, facets included.",
            "",
            "| query kind | queries | p50 | p95 | p99 | max | mean | mean results |",
            "|---|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for r in rows {
            lines.append("| \(r.kind) | \(r.count) | \(f(r.p50)) | \(f(r.p95)) | \(f(r.p99)) | \(f(r.max)) | \(f(r.mean)) | \(String(format: "%.0f", r.meanResults)) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    var json: String {
        let items = rows.map { r in
            "{\"kind\":\"\(r.kind)\",\"queries\":\(r.count),\"p50_ms\":\(r.p50),\"p95_ms\":\(r.p95),\"p99_ms\":\(r.p99),\"max_ms\":\(r.max),\"mean_ms\":\(r.mean),\"mean_results\":\(r.meanResults)}"
        }
        return "{\"cards\":\(cards),\"index_and_snapshot_ms\":\(Self.ms(indexAndSnapshot)),\"results\":[\(items.joined(separator: ","))]}\n"
    }
}
