import Foundation
import HTTPServer

/// `format=ndjson`: every result as one JSON object per line (`application/x-ndjson`), in
/// bounded memory. The engine has no streamed bodies, so the lines are encoded batch by batch
/// into a spool file (one per request, never shared) that the engine then sends with
/// `sendfile(2)`; only one batch of records is ever in memory. Spool files older than ten
/// minutes are removed whenever a new one is written (by any server process: the directory is
/// shared, the names unique, so files left by a stopped server are cleaned up too). The
/// unfiltered exports are not built here per request but kept in `DownloadCache`.
enum NDJSONBody {
    static let spoolLifetime: TimeInterval = 600

    static func response(count: Int, lastModified: Date?, batch: @escaping @Sendable (Range<Int>) throws -> [JSONValue]) throws -> HTTPResponse {
        var headers = APIResponse.commonHeaders(lastModified: lastModified)
        headers.set("Content-Type", APIResponse.ndjsonType)
        let directory = spoolDirectory()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        removeOldFiles(in: directory)
        let url = directory.appendingPathComponent(UUID().uuidString.lowercased() + ".ndjson")
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else { throw CocoaError(.fileWriteUnknown) }
        let length = try write(count: count, to: url, batch: batch)
        return HTTPResponse(status: .ok, headers: headers, body: length == 0 ? .empty : .file(FileRegion(path: url.path, length: length)))
    }

    /// Writes the `count` lines `batch` produces into the existing file `url`; returns its length.
    static func write(count: Int, to url: URL, batch: (Range<Int>) throws -> [JSONValue]) throws -> Int {
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        var length = 0
        var start = 0
        while start < count {
            let end = min(start + OpenDataAPI.batchSize, count)
            var chunk: [UInt8] = []
            for value in try batch(start..<end) {
                chunk += value.encoded.utf8
                chunk.append(10)
            }
            try handle.write(contentsOf: chunk)
            length += chunk.count
            start = end
        }
        return length
    }

    static func spoolDirectory() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("vetrina-ndjson")
    }

    static func removeOldFiles(in directory: URL) {
        let limit = Date().addingTimeInterval(-spoolLifetime)
        let files = (try? FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: [.contentModificationDateKey])) ?? []
        for file in files {
            let modified = (try? file.resourceValues(forKeys: [.contentModificationDateKey]))?.contentModificationDate ?? Date()
            if modified < limit { try? FileManager.default.removeItem(at: file) }
        }
    }
}
