import Catalog
import Foundation
import HTTPServer

/// `/dati/catalogo-hsds.zip`: the published catalog as the HSDS 3.0 tabular data package, one
/// CSV per resource (RFC 4180: comma, CRLF, UTF-8 without BOM, cells verbatim) plus a
/// `datapackage.json` listing them. Each card is encoded with `HSDSEncoder.service` and split by
/// `HSDSTabularFlattener`, batch by batch: the CSVs are spooled to temporary files, then stored
/// in a zip file that `DownloadCache` keeps until the catalog changes and the engine sends with
/// `sendfile(2)`; memory stays bounded by a batch.
struct HSDSTabularPackage {
    static let filename = "vetrina-catalogo-hsds.zip"

    let encoder: HSDSEncoder
    let data: OpenDataCatalog

    /// Writes the archive into the existing file `zipURL` (its CSVs are spooled beside it and
    /// removed); entries are dated by the catalog's latest change, so one catalog state always
    /// gives the same bytes.
    func write(to zipURL: URL) throws -> DownloadCache.Built {
        let directory = zipURL.deletingLastPathComponent()
        let stem = zipURL.lastPathComponent
        var spools: [String: CSVSpool] = [:]
        defer { for spool in spools.values { spool.discard() } }
        for table in HSDSTables.all {
            spools[table.resource] = try CSVSpool(url: directory.appendingPathComponent("\(stem)-\(table.path)"),
                                                  header: table.columns)
        }
        let lastModified = try data.latestChange()
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
        let output = try FileHandle(forWritingTo: zipURL)
        defer { try? output.close() }
        var zip = StoredZipWriter { try output.write(contentsOf: $0) }
        let modified = lastModified ?? Date(timeIntervalSince1970: 315_532_800)
        try zip.add(name: "datapackage.json", modified: modified, bytes: Array(Self.descriptor().encoded.utf8))
        for table in HSDSTables.all {
            guard let spool = spools[table.resource] else { continue }
            try spool.flush()
            try zip.add(name: table.path, modified: modified, size: spool.size, crc32: spool.crc.value) { write in
                try spool.readBack(write)
            }
        }
        try zip.finish()
        return DownloadCache.Built(length: Int(zip.length), lastModified: lastModified)
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
