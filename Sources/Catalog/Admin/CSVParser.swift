/// One parsed CSV record with the physical line it started on (1-based, the header is line 1).
public struct CSVRecord: Sendable, Equatable {
    public var line: Int
    public var fields: [String]

    public init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }
}

/// A CSV file: its header and data records, plus the delimiter that was detected.
public struct CSVTable: Sendable, Equatable {
    public var delimiter: UInt8
    public var header: [String]
    public var records: [CSVRecord]
}

/// Why a CSV file could not be read at all (row-level problems are reported elsewhere).
public enum CSVError: Error, Equatable, Sendable {
    case notUTF8
    case empty
    case unterminatedQuote(line: Int)
    case quoteInsideUnquotedField(line: Int)
    case tooLarge(maxBytes: Int)

    /// The Italian message for the import screen.
    public var message: String {
        switch self {
        case .notUTF8: return "Il file non è in codifica UTF-8: salvalo come \"CSV UTF-8\" e riprova."
        case .empty: return "Il file è vuoto: manca anche la riga di intestazione."
        case .unterminatedQuote(let l): return "Riga \(l): virgolette aperte e mai chiuse."
        case .quoteInsideUnquotedField(let l): return "Riga \(l): virgolette in mezzo a un campo non racchiuso tra virgolette."
        case .tooLarge(let m): return "Il file supera il limite di \(m / 1_048_576) MB."
        }
    }
}

/// A CSV reader following RFC 4180 §2, with the usual relaxations: UTF-8 with or without a
/// byte-order mark, `;` (Italian spreadsheets) or `,` as delimiter chosen from the header line,
/// LF or CRLF line ends, blank lines ignored. A pure function over bytes.
public enum CSVParser {
    /// Parses `bytes`. Throws `CSVError` for files that are not UTF-8, empty, or badly quoted.
    public static func parse(_ bytes: [UInt8], maxBytes: Int = 20 * 1_048_576) throws(CSVError) -> CSVTable {
        guard bytes.count <= maxBytes else { throw .tooLarge(maxBytes: maxBytes) }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        guard String(validating: body, as: UTF8.self) != nil else { throw .notUTF8 }
        let delimiter = detectDelimiter(body)
        var scanner = CSVScanner(bytes: Array(body), delimiter: delimiter)
        var records: [CSVRecord] = []
        while let record = try scanner.next() {
            if record.fields == [""] { continue }
            records.append(record)
        }
        guard let first = records.first else { throw .empty }
        let header = first.fields.map { $0.trimmingCharacters(in: " \t") }
        return CSVTable(delimiter: delimiter, header: header, records: Array(records.dropFirst()))
    }

    /// `;` when the first line has more semicolons than commas outside quotes, else `,`.
    static func detectDelimiter(_ bytes: ArraySlice<UInt8>) -> UInt8 {
        var semicolons = 0, commas = 0, quoted = false
        for b in bytes {
            if b == 0x22 { quoted.toggle() }
            if quoted { continue }
            if b == 0x0A { break }
            if b == 0x3B { semicolons += 1 }
            if b == 0x2C { commas += 1 }
        }
        return semicolons > commas ? 0x3B : 0x2C
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: String) -> String {
        let chars = Set(set)
        var s = Substring(self)
        while let f = s.first, chars.contains(f) { s.removeFirst() }
        while let l = s.last, chars.contains(l) { s.removeLast() }
        return String(s)
    }
}
