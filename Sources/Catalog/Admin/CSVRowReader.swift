import Foundation

/// Reads typed values from one CSV record by column name, collecting a problem for each bad cell
/// instead of stopping at the first, so the dry run can report every error of the row.
struct CSVRowReader {
    let record: CSVRecord
    let columnIndex: [String: Int]
    private(set) var problems: [ImportProblem] = []

    init(record: CSVRecord, columnIndex: [String: Int]) {
        self.record = record
        self.columnIndex = columnIndex
    }

    /// The trimmed cell, "" when the column is absent or the row is short.
    func text(_ column: String) -> String {
        guard let i = columnIndex[column], i < record.fields.count else { return "" }
        return CSVWriter.unescapeFormula(record.fields[i]).trimmingWhiteSpace()
    }

    /// The cell or nil when empty.
    func optional(_ column: String) -> String? {
        let value = text(column)
        return value.isEmpty ? nil : value
    }

    mutating func problem(_ column: String, _ reason: String) {
        problems.append(ImportProblem(line: record.line, column: column, reason: reason))
    }

    mutating func required(_ column: String) -> String {
        let value = text(column)
        if value.isEmpty { problem(column, "Campo obbligatorio vuoto.") }
        return value
    }

    /// `|`-separated codes, each checked against `allowed`.
    mutating func codes(_ column: String, allowed: Set<String>) -> [String] {
        let values = text(column).split(separator: "|").map { $0.trimmingWhiteSpace().lowercased() }
            .filter { !$0.isEmpty }
        for value in values where !allowed.contains(value) {
            problem(column, "Codice sconosciuto: «\(value)».")
        }
        return values.filter { allowed.contains($0) }
    }

    mutating func integer(_ column: String, in range: ClosedRange<Int>) -> Int? {
        guard let raw = optional(column) else { return nil }
        guard let value = Int(raw), range.contains(value) else {
            problem(column, "Deve essere un numero intero tra \(range.lowerBound) e \(range.upperBound).")
            return nil
        }
        return value
    }

    /// Euro amount with `,` or `.` decimals and at most two decimals, returned in cents.
    mutating func cents(_ column: String) -> Int? {
        guard let raw = optional(column) else { return nil }
        let normalised = raw.replacingOccurrences(of: "€", with: "").replacingOccurrences(of: " ", with: "")
            .replacingOccurrences(of: ",", with: ".")
        let parts = normalised.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let euros = Int(parts[0]), euros >= 0, euros < 10_000_000,
              parts.count == 1 || (1...2).contains(parts[1].count) && parts[1].allSatisfy(\.isASCIIDigit),
              let fraction = parts.count == 2 ? Int(parts[1].padding(toLength: 2, withPad: "0", startingAt: 0)) : 0
        else {
            problem(column, "Importo non valido: usa un numero come 12,50.")
            return nil
        }
        return euros * 100 + fraction
    }

    /// `AAAA-MM-GG` or `GG/MM/AAAA`.
    mutating func day(_ column: String) -> CalendarDay? {
        guard let raw = optional(column) else { return nil }
        if let day = CalendarDay(iso: raw) { return day }
        let parts = raw.split(separator: "/")
        if parts.count == 3, let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]), parts[2].count == 4,
           let day = CalendarDay(year: y, month: m, day: d) { return day }
        problem(column, "Data non valida: usa AAAA-MM-GG o GG/MM/AAAA.")
        return nil
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
