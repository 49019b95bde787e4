import Testing
@testable import Catalog

@Suite struct AdminCSVTests {
    private func parse(_ text: String) throws -> CSVTable { try CSVParser.parse(Array(text.utf8)) }

    @Test func readsSemicolonFileWithBOMAndCRLF() throws {
        let table = try CSVParser.parse([0xEF, 0xBB, 0xBF] + Array("id;titolo\r\n1;Assistenza\r\n2;Nido\r\n".utf8))
        #expect(table.delimiter == UInt8(ascii: ";"))
        #expect(table.header == ["id", "titolo"])
        #expect(table.records == [CSVRecord(line: 2, fields: ["1", "Assistenza"]), CSVRecord(line: 3, fields: ["2", "Nido"])])
    }

    @Test func readsCommaFileWithQuotesEmbeddedDelimitersAndNewlines() throws {
        let table = try parse("id,note\n1,\"a, b\"\n2,\"riga uno\nriga \"\"due\"\"\"\n3,\n")
        #expect(table.delimiter == UInt8(ascii: ","))
        #expect(table.records[0].fields == ["1", "a, b"])
        #expect(table.records[1].fields == ["2", "riga uno\nriga \"due\""])
        #expect(table.records[2] == CSVRecord(line: 5, fields: ["3", ""]))
    }

    @Test func delimiterIsChosenFromHeaderOutsideQuotes() throws {
        #expect(try parse("\"a;b;c\",d\n").delimiter == UInt8(ascii: ","))
        #expect(try parse("a;b,c;d\n").delimiter == UInt8(ascii: ";"))
    }

    @Test func blankLinesAreSkippedAndLastLineNeedsNoNewline() throws {
        let table = try parse("a;b\n\n1;2\n\n3;4")
        #expect(table.records.map(\.line) == [3, 5])
        #expect(table.records.last?.fields == ["3", "4"])
    }

    @Test func badFilesGiveLineNumbers() {
        #expect(throws: CSVError.unterminatedQuote(line: 2)) { try parse("a;b\n1;\"aperta\n\n") }
        #expect(throws: CSVError.quoteInsideUnquotedField(line: 3)) { try parse("a;b\n1;2\n3;x\"y\n") }
        #expect(throws: CSVError.quoteInsideUnquotedField(line: 2)) { try parse("a;b\n\"x\"y;2\n") }
        #expect(throws: CSVError.empty) { try parse("") }
        #expect(throws: CSVError.empty) { try parse("\n\r\n") }
        #expect(throws: CSVError.notUTF8) { try CSVParser.parse([0x61, 0x3B, 0xFF, 0x0A]) }
        #expect(throws: CSVError.tooLarge(maxBytes: 3)) { try CSVParser.parse(Array("abcd".utf8), maxBytes: 3) }
    }

    @Test func writerRoundTripsThroughParser() throws {
        let rows = [["1", "a;b", "virgolette \"x\"", "due\nrighe", "=SOMMA(A1)", "àèìòù €"]]
        let text = CSVWriter().document(header: ["a", "b", "c", "d", "e", "f"], rows: rows)
        #expect(text.hasPrefix("\u{FEFF}"))
        let table = try CSVParser.parse(Array(text.utf8))
        #expect(table.records.count == 1)
        let fields = table.records[0].fields.map(CSVWriter.unescapeFormula)
        #expect(fields == rows[0])
        #expect(table.records[0].fields[4] == "'=SOMMA(A1)")
    }

    @Test func everyTruncationParsesOrFailsCleanly() throws {
        // Truncations at each byte never crash: they parse, or fail as empty / unterminated quote.
        let bytes = Array("id;t\r\n1;\"a\"\"b\"\r\n2;c".utf8)
        for cut in 0...bytes.count {
            do {
                let table = try CSVParser.parse(Array(bytes.prefix(cut)))
                #expect(table.header.first == (cut >= 2 ? "id" : "i"))
            } catch {
                #expect(error == .empty || error == .unterminatedQuote(line: 2))
            }
        }
        #expect(try CSVParser.parse(bytes).records.map(\.fields) == [["1", "a\"b"], ["2", "c"]])
    }
}
