/// Splits CSV bytes into records (RFC 4180 §2 grammar); used by `CSVParser`.
struct CSVScanner {
    private let bytes: [UInt8]
    private let delimiter: UInt8
    private var index = 0
    private var line = 1

    init(bytes: [UInt8], delimiter: UInt8) {
        self.bytes = bytes
        self.delimiter = delimiter
    }

    /// The next record, or nil at the end of input.
    mutating func next() throws(CSVError) -> CSVRecord? {
        guard index < bytes.count else { return nil }
        let startLine = line
        var fields: [String] = []
        while true {
            let field = try readField(recordLine: startLine)
            fields.append(field)
            if index >= bytes.count { break }
            let b = bytes[index]
            if b == delimiter { index += 1; continue }
            consumeLineEnd()
            break
        }
        return CSVRecord(line: startLine, fields: fields)
    }

    private mutating func readField(recordLine: Int) throws(CSVError) -> String {
        if index < bytes.count && bytes[index] == 0x22 { return try readQuoted(recordLine: recordLine) }
        let start = index
        while index < bytes.count {
            let b = bytes[index]
            if b == delimiter || b == 0x0A || b == 0x0D { break }
            if b == 0x22 { throw .quoteInsideUnquotedField(line: line) }
            index += 1
        }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private mutating func readQuoted(recordLine: Int) throws(CSVError) -> String {
        index += 1
        var value: [UInt8] = []
        while index < bytes.count {
            let b = bytes[index]
            if b == 0x22 {
                if index + 1 < bytes.count && bytes[index + 1] == 0x22 {
                    value.append(0x22)
                    index += 2
                    continue
                }
                index += 1
                guard index >= bytes.count || bytes[index] == delimiter || bytes[index] == 0x0A || bytes[index] == 0x0D
                else { throw .quoteInsideUnquotedField(line: line) }
                return String(decoding: value, as: UTF8.self)
            }
            if b == 0x0A { line += 1 }
            value.append(b)
            index += 1
        }
        throw .unterminatedQuote(line: recordLine)
    }

    private mutating func consumeLineEnd() {
        if index < bytes.count && bytes[index] == 0x0D { index += 1 }
        if index < bytes.count && bytes[index] == 0x0A { index += 1 }
        line += 1
    }
}
