import Foundation
import Testing
import TestSupport
@testable import Portal

/// CRC-32 against its published check value, and archives from `StoredZipWriter` read back by
/// Python's `zipfile` (an independent reader) and by parsing the end of central directory.
@Suite(.blocking) struct StoredZipWriterTests {
    @Test func crc32MatchesTheStandardCheckValue() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum([UInt8]()) == 0)
        var pieces = CRC32()
        pieces.update(Array("1234".utf8))
        pieces.update(Array("56789".utf8))
        #expect(pieces.value == 0xCBF4_3926)
    }

    @Test func anArchiveIsReadBackByPythonZipfile() throws {
        let entries: [(String, [UInt8])] = [
            ("services.csv", Array("id,name\r\n1,Àsilo \"nido\"\r\n".utf8)),
            ("datapackage.json", Array("{\"name\":\"x\"}".utf8)),
            ("vuoto.csv", []),
        ]
        let bytes = try archive(entries)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("zip-test-\(UUID().uuidString).zip")
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let script = """
        import sys, zipfile
        z = zipfile.ZipFile(sys.argv[1])
        assert z.testzip() is None
        for info in z.infolist():
            print(info.filename, info.file_size, z.read(info.filename).hex())
        """
        let output = try runPython(script, url.path)
        let expected = entries.map { "\($0.0) \($0.1.count) \($0.1.map { String(format: "%02x", $0) }.joined())" }
        #expect(output.split(separator: "\n").map(String.init) == expected)
    }

    @Test func theEndRecordCountsEntriesAndPointsAtTheCentralDirectory() throws {
        let bytes = try archive([("a.csv", [1, 2, 3]), ("b/c.csv", Array("xyz".utf8))])
        let end = bytes.count - 22
        #expect(Array(bytes[end..<end + 4]) == [0x50, 0x4B, 0x05, 0x06])
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
        #expect(u16(end + 10) == 2)
        let directorySize = u32(end + 12), directoryStart = u32(end + 16)
        #expect(directoryStart + directorySize == end)
        #expect(Array(bytes[directoryStart..<directoryStart + 4]) == [0x50, 0x4B, 0x01, 0x02])
        #expect(u32(directoryStart + 16) == Int(CRC32.checksum([1, 2, 3])))
    }

    @Test func unsafeNamesAndMismatchedStreamsAreRefused() throws {
        var writer = StoredZipWriter { _ in }
        for name in ["", "/abs.csv", "../up.csv", "a//b.csv", "a\\b.csv", "tab\t.csv"] {
            #expect(throws: StoredZipWriter.Failure.invalidName(name)) {
                try writer.add(name: name, modified: Date(), bytes: [1])
            }
        }
        #expect(throws: StoredZipWriter.Failure.contentMismatch(name: "x.csv")) {
            try writer.add(name: "x.csv", modified: Date(), size: 3, crc32: CRC32.checksum([1, 2, 3])) { write in
                try write([1, 2])
            }
        }
        var finished = StoredZipWriter { _ in }
        try finished.finish()
        #expect(throws: StoredZipWriter.Failure.finished) { try finished.finish() }
    }

    @Test func dosTimestampsAreUTCWithTwoSecondResolution() throws {
        let date = try #require(ISO8601DateFormatter().date(from: "2026-12-07T09:15:31Z"))
        let stamp = StoredZipWriter.dosTimestamp(date)
        #expect(stamp.time == UInt16(9 << 11 | 15 << 5 | 15))
        #expect(stamp.date == UInt16((2026 - 1980) << 9 | 12 << 5 | 7))
    }

    private func archive(_ entries: [(String, [UInt8])]) throws -> [UInt8] {
        var bytes: [UInt8] = []
        var writer = StoredZipWriter { bytes += $0 }
        for (name, content) in entries { try writer.add(name: name, modified: Date(), bytes: content) }
        try writer.finish()
        return bytes
    }
}

/// Runs `/usr/bin/python3 -c script argument` and returns its standard output (exit 0 expected).
func runPython(_ script: String, _ argument: String) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
    process.arguments = ["-c", script, argument]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    return String(decoding: data, as: UTF8.self)
}
