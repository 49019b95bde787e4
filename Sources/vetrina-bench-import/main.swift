// CSV import benchmark (issue 14 item 3): a dry run of a 50,000-row file, half of the rows with
// the same title (the case that used to be quadratic), then 110,000 empty rows (the case that
// used to build a 63 MB error page). Reports wall time and peak RSS. Usage:
//   vetrina-bench-import --db FILE (migrated and seeded) [--rows N] [--md FILE] [--json FILE]
import Catalog
import Foundation
import Storage
import Accounts

func option(_ name: String) -> String? {
    let args = CommandLine.arguments
    guard let i = args.firstIndex(of: "--" + name), i + 1 < args.count else { return nil }
    return args[i + 1]
}

/// Peak resident set size of this process so far, in MiB (`VmHWM` in /proc/self/status).
func peakRSSMiB() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
          let kib = Double(line.split(separator: " ").dropFirst().first ?? "") else { return 0 }
    return kib / 1024
}

func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }

guard let dbPath = option("db") else {
    FileHandle.standardError.write(Data("uso: vetrina-bench-import --db FILE [--rows N] [--md FILE] [--json FILE]\n".utf8))
    exit(2)
}
let rows = Int(option("rows") ?? "") ?? 50_000
do {
    let pool = try DatabasePool(path: dbPath)
    defer { pool.close() }
    try pool.write { db in
        try db.run("INSERT OR IGNORE INTO organization_kind (code, label, sort_order) VALUES ('cooperativa', 'Cooperativa', 1)")
        try db.run("""
            INSERT INTO organization (id, uuid, slug, name, kind_code, created_at, updated_at)
            VALUES (1, '00000000-0000-4000-8000-000000000001', 'coop-bench', 'Cooperativa Bench', 'cooperativa', 0, 0)
            """)
        try db.run("""
            INSERT INTO app_user (id, email, display_name, role, password_hash, created_at, updated_at)
            VALUES (1, 'bench@x.it', 'Bench', 'redattore', 'h', 0, 0)
            """)
    }
    let editor = Operator(id: 1, email: "bench@x.it", displayName: "Bench", role: .editor)
    let header = "id_esterno;titolo;ente;tipo_servizio;descrizione_breve;bisogni;territorio;costo_tipo;stato\n"
    var csv = header
    csv.reserveCapacity(rows * 110)
    for i in 0..<rows {
        let title = i % 2 == 0 ? "Assistenza domiciliare per anziani" : "Servizio numero \(i)"
        csv += "B-\(i);\(title);coop-bench;assistenza_domiciliare;Aiuto a casa;anziani;TO;free;draft\n"
    }
    let bytes = Array(csv.utf8)
    csv = ""
    let importer = ServiceImporter(database: pool, clock: SystemAuthClock())
    let clock = ContinuousClock()
    let rssBefore = peakRSSMiB()
    var report = ImportReport()
    let dry = try clock.measure { report = try importer.run(bytes, commit: false, by: editor, maxBytes: Int.max) }
    let rssAfterDry = peakRSSMiB()
    guard report.problemCount == 0, report.created == rows else {
        FileHandle.standardError.write(Data("vetrina-bench-import: unexpected report \(report.problems.prefix(3))\n".utf8))
        exit(1)
    }
    let empty = Array((header + String(repeating: ";;;;;;;;\n", count: 110_000)).utf8)
    var emptyReport = ImportReport()
    let emptyRun = try clock.measure { emptyReport = try importer.run(empty, commit: false, by: editor, maxBytes: Int.max) }
    let rssAfterEmpty = peakRSSMiB()
    let load = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3).joined(separator: " ") ?? "?"
    let md = """
        # CSV import benchmark (issue 14 item 3)

        Release build, `make bench` (scripts/bench-import.sh). Load average at the end: \(load) (2-core machine shared with other work).
        Target: a 50,000-row dry run under 10 s with bounded memory.

        | case | rows read | wall time | problems kept / counted | peak RSS after |
        |---|---|---|---|---|
        | dry run, \(rows) valid rows (half with the same title) | \(report.rowCount) | \(String(format: "%.2f", seconds(dry))) s | \(report.problems.count) / \(report.problemCount) | \(String(format: "%.0f", rssAfterDry)) MiB |
        | dry run, 110,000 empty rows | \(emptyReport.rowCount) (cap \(importer.maxRows)) | \(String(format: "%.2f", seconds(emptyRun))) s | \(emptyReport.problems.count) / \(emptyReport.problemCount) | \(String(format: "%.0f", rssAfterEmpty)) MiB |

        Peak RSS before the runs (file bytes and vocabulary loaded): \(String(format: "%.0f", rssBefore)) MiB.
        The dry run writes every row inside one transaction and rolls it back, so it also measures the writes.

        """
    print(md)
    let json = """
        {"rows": \(rows), "dry_run_seconds": \(seconds(dry)), "peak_rss_mib_after_dry_run": \(rssAfterDry), \
        "empty_rows_seconds": \(seconds(emptyRun)), "empty_rows_problems_kept": \(emptyReport.problems.count), \
        "empty_rows_problems_counted": \(emptyReport.problemCount), "peak_rss_mib_after_empty_rows": \(rssAfterEmpty), \
        "peak_rss_mib_before": \(rssBefore), "load_average": "\(load)"}

        """
    if let path = option("md") { try md.write(toFile: path, atomically: true, encoding: .utf8) }
    if let path = option("json") { try json.write(toFile: path, atomically: true, encoding: .utf8) }
} catch {
    FileHandle.standardError.write(Data("vetrina-bench-import: \(error)\n".utf8))
    exit(1)
}
