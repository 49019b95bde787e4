import Foundation
import Testing
@testable import HTTPServer
import TestSupport

@Suite(.blocking) struct FileResponseE2ETests {
    /// Regression: an empty file answered while an earlier file response was still queued
    /// released every pending segment, truncating the earlier body and desynchronising the stream.
    @Test func emptyFileAfterALargePipelinedFileKeepsBothResponsesWhole() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vw-files-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let large = dir.appendingPathComponent("large.bin").path
        let empty = dir.appendingPathComponent("empty.bin").path
        let size = 8 << 20
        try Data(repeating: 0x61, count: size).write(to: URL(fileURLWithPath: large))
        try Data().write(to: URL(fileURLWithPath: empty))

        let live = try LiveServer()
        defer { live.stop() }
        let client = try live.client()
        try client.write("GET /file?path=\(large) HTTP/1.1\r\nHost: t\r\n\r\n"
            + "GET /file?path=\(empty) HTTP/1.1\r\nHost: t\r\n\r\n"
            + "GET /hello HTTP/1.1\r\nHost: t\r\n\r\n")
        let first = try client.readResponse()
        #expect(first.status == 200)
        #expect(first.body.count == size)
        let second = try client.readResponse()
        #expect(second.status == 200)
        #expect(second["Content-Length"] == "0")
        #expect(try client.readResponse().text == "hello")
    }
}
