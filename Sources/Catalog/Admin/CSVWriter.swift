/// Writes CSV (RFC 4180 §2) with `;` by default, CRLF line ends and a UTF-8 byte-order mark so
/// spreadsheet programs in Italian locales open it correctly.
///
/// Cells that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or CR)
/// get a leading apostrophe (OWASP "CSV injection"); `CSVParser` users strip it with `unescapeFormula`.
public struct CSVWriter: Sendable {
    public var delimiter: Character
    /// Off for machine-readable exports (the HSDS tabular package), where cells must be verbatim.
    public var guardsFormulas: Bool

    public init(delimiter: Character = ";", guardsFormulas: Bool = true) {
        self.delimiter = delimiter
        self.guardsFormulas = guardsFormulas
    }

    /// The whole file: BOM, header, rows.
    public func document(header: [String], rows: [[String]]) -> String {
        var out = "\u{FEFF}" + line(header)
        for row in rows { out += line(row) }
        return out
    }

    /// One record with its CRLF.
    public func line(_ fields: [String]) -> String {
        fields.map(escape).joined(separator: String(delimiter)) + "\r\n"
    }

    private func escape(_ raw: String) -> String {
        var value = raw
        if guardsFormulas, let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
            value = "'" + value
        }
        let needsQuotes = value.contains(delimiter) || value.contains("\"") || value.contains("\n") || value.contains("\r")
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Reverses the formula guard: `'=x` → `=x`. Other values are returned unchanged.
    static func unescapeFormula(_ value: String) -> String {
        guard value.hasPrefix("'"), let second = value.unicodeScalars.dropFirst().first,
              "=+-@\t\r".unicodeScalars.contains(second) else { return value }
        return String(value.dropFirst())
    }
}
