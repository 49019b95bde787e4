/// One parsed CSV record with the physical line it started on (1-based, the header is line 1).
struct CSVRecord: Sendable, Equatable {
    var line: Int
    var fields: [String]

    init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }
}

/// A CSV file: its header and data records, plus the delimiter that was detected.
struct CSVTable: Sendable, Equatable {
    var delimiter: UInt8
    var header: [String]
    var records: [CSVRecord]
}

/// Why a CSV file could not be read at all (row-level problems are reported elsewhere).
enum CSVError: Error, Equatable, Sendable {
    case notUTF8
    case empty
    case unterminatedQuote(line: Int)
    case quoteInsideUnquotedField(line: Int)
    case tooLarge(maxBytes: Int)

    /// The Italian message for the import screen.
    var message: String {
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
enum CSVParser {
    /// Parses `bytes`. Throws `CSVError` for files that are not UTF-8, empty, or badly quoted.
    static func parse(_ bytes: [UInt8], maxBytes: Int = 20 * 1_048_576) throws(CSVError) -> CSVTable {
        var reader = try CSVRecordReader(bytes, maxBytes: maxBytes)
        var records: [CSVRecord] = []
        while let record = try reader.next() { records.append(record) }
        return CSVTable(delimiter: reader.delimiter, header: reader.header, records: records)
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

/// Streams the data records of a CSV file one at a time (same rules as `CSVParser`), so an
/// import holds one record at a time instead of the whole table.
struct CSVRecordReader {
    let delimiter: UInt8
    /// The header's column names, trimmed.
    let header: [String]
    private var scanner: CSVScanner

    /// Reads the header. Throws `CSVError` for files that are too large, not UTF-8, empty, or
    /// badly quoted in the header.
    init(_ bytes: [UInt8], maxBytes: Int = 20 * 1_048_576) throws(CSVError) {
        guard bytes.count <= maxBytes else { throw .tooLarge(maxBytes: maxBytes) }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        guard String(validating: body, as: UTF8.self) != nil else { throw .notUTF8 }
        delimiter = CSVParser.detectDelimiter(body)
        scanner = CSVScanner(bytes: Array(body), delimiter: delimiter)
        var first: CSVRecord?
        while let record = try scanner.next() {
            if record.fields != [""] { first = record; break }
        }
        guard let first else { throw .empty }
        header = first.fields.map { $0.trimmingCharacters(in: " \t") }
    }

    /// The next non-blank data record, or nil at the end. Throws `CSVError` for bad quoting.
    mutating func next() throws(CSVError) -> CSVRecord? {
        while let record = try scanner.next() {
            if record.fields != [""] { return record }
        }
        return nil
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
