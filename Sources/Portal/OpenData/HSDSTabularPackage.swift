import Catalog
import Foundation
import HTTPServer

/// `/dati/catalogo-hsds.zip`: the published catalog as the HSDS 3.0 tabular data package, one
/// CSV per resource (RFC 4180: comma, CRLF, UTF-8 without BOM, cells verbatim) plus a
/// `datapackage.json` listing them. Each card is encoded with `HSDSEncoder.service` and split by
/// `HSDSTabularFlattener`, batch by batch: the CSVs are spooled to temporary files, then stored
/// in a zip spool file that the engine sends with `sendfile(2)`; memory stays bounded by a batch.
struct HSDSTabularPackage {
    static let filename = "vetrina-catalogo-hsds.zip"

    let encoder: HSDSEncoder
    let data: OpenDataCatalog

    func response() throws -> HTTPResponse {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vetrina-hsds-zip")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        NDJSONBody.removeOldFiles(in: directory)
        let stem = UUID().uuidString.lowercased()
        var spools: [String: CSVSpool] = [:]
        defer { for spool in spools.values { spool.discard() } }
        for table in HSDSTables.all {
            spools[table.resource] = try CSVSpool(url: directory.appendingPathComponent("\(stem)-\(table.path)"),
                                                  header: table.columns)
        }
        var flattener = HSDSTabularFlattener { resource, row in try spools[resource]?.append(row) }
        for taxonomy in Taxonomy.allCases { try flattener.add(encoder.taxonomy(taxonomy), as: "taxonomy") }
        let ids = try data.serviceIDs(matching: OpenDataFilter())
        var start = 0
        while start < ids.count {
            let end = min(start + OpenDataAPI.batchSize, ids.count)
            for record in try data.records(ids: Array(ids[start..<end])) {
                try flattener.add(encoder.service(record), as: "service")
            }
            start = end
        }
        let zipURL = directory.appendingPathComponent("\(stem).zip")
        guard FileManager.default.createFile(atPath: zipURL.path, contents: nil) else { throw CocoaError(.fileWriteUnknown) }
        let output = try FileHandle(forWritingTo: zipURL)
        defer { try? output.close() }
        var zip = StoredZipWriter { try output.write(contentsOf: $0) }
        let now = Date()
        try zip.add(name: "datapackage.json", modified: now, bytes: Array(Self.descriptor().encoded.utf8))
        for table in HSDSTables.all {
            guard let spool = spools[table.resource] else { continue }
            try spool.flush()
            try zip.add(name: table.path, modified: now, size: spool.size, crc32: spool.crc.value) { write in
                try spool.readBack(write)
            }
        }
        try zip.finish()
        var headers = HTTPHeaders()
        headers.set("Content-Type", "application/zip")
        headers.set("Content-Disposition", "attachment; filename=\"\(Self.filename)\"")
        headers.set("Access-Control-Allow-Origin", "*")
        headers.set("Cache-Control", "public, max-age=300")
        return HTTPResponse(status: .ok, headers: headers, body: .file(FileRegion(path: zipURL.path, length: Int(zip.length))))
    }

    /// The Frictionless tabular data package descriptor: every resource with its file and columns.
    static func descriptor() -> JSONValue {
        .object([
            ("name", "vetrina-welfare-hsds"), ("title", "Vetrina Welfare – catalogo dei servizi di welfare del Piemonte (HSDS 3.0)"),
            ("profile", "tabular-data-package"), ("version", "3.0"),
            ("licenses", .array([.object([("name", "CC-BY-4.0"), ("path", "https://creativecommons.org/licenses/by/4.0/"),
                                          ("title", .string(OpenDataPageView.attribution))])])),
            ("resources", .array(HSDSTables.all.map { table in
                .object([
                    ("name", .string(table.resource)), ("path", .string(table.path)), ("profile", "tabular-data-resource"),
                    ("format", "csv"), ("mediatype", "text/csv"), ("encoding", "utf-8"),
                    ("schema", .object([("fields", .array(table.columns.map { .object([("name", .string($0))]) }))])),
                ])
            })),
        ])
    }
}

/// One CSV table spooled to a temporary file, with its running size and CRC-32 for the zip.
private final class CSVSpool {
    private static let writer = CSVWriter(delimiter: ",", guardsFormulas: false)
    private static let chunk = 64 * 1024
    let url: URL
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private(set) var size: UInt64 = 0
    private(set) var crc = CRC32()

    init(url: URL, header: [String]) throws {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else { throw CocoaError(.fileWriteUnknown) }
        self.url = url
        handle = try FileHandle(forWritingTo: url)
        try append(header)
    }

    func append(_ row: [String]) throws {
        let bytes = Array(Self.writer.line(row).utf8)
        buffer += bytes
        size += UInt64(bytes.count)
        crc.update(bytes)
        if buffer.count >= Self.chunk { try flush() }
    }

    func flush() throws {
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    func readBack(_ write: ([UInt8]) throws -> Void) throws {
        let reader = try FileHandle(forReadingFrom: url)
        defer { try? reader.close() }
        while let piece = try reader.read(upToCount: Self.chunk), !piece.isEmpty { try write(Array(piece)) }
    }

    func discard() {
        try? handle.close()
        try? FileManager.default.removeItem(at: url)
    }
}
