import Foundation

/// A problem in an HSDS file to import: where (line of an ndjson file, or element of a JSON
/// array), which field, and why, in Italian.
public struct HSDSImportError: Error, Sendable, Equatable, CustomStringConvertible {
    var position: String
    var field: String
    var reason: String

    public var description: String { "\(position), campo «\(field)»: \(reason)" }
}

/// Splits an HSDS export into service objects: ndjson (one service a line, what
/// `/api/v1/services?full=true&format=ndjson` gives), a JSON array of services, or a paged
/// envelope (`{"contents": [...]}`). Each record keeps a position for error messages.
enum HSDSRecordReader {
    struct Record {
        var position: String
        var object: [String: Any]
    }

    static func records(_ data: Data) throws(HSDSImportError) -> [Record] {
        guard let text = String(data: data, encoding: .utf8) else {
            throw HSDSImportError(position: "file", field: "-", reason: "il file non è in UTF-8.")
        }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw HSDSImportError(position: "file", field: "-", reason: "il file è vuoto.") }
        if trimmed.hasPrefix("[") || !trimmed.contains("\n") {
            let document: Any
            do { document = try JSONSerialization.jsonObject(with: Data(trimmed.utf8)) } catch {
                throw HSDSImportError(position: "file", field: "-", reason: "JSON non valido.")
            }
            if let array = document as? [Any] { return try elements(array) }
            if let object = document as? [String: Any] {
                if let contents = object["contents"] as? [Any] { return try elements(contents) }
                return [Record(position: "riga 1", object: object)]
            }
            throw HSDSImportError(position: "file", field: "-", reason: "atteso un oggetto, un elenco o righe ndjson di servizi.")
        }
        var records: [Record] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let content = line.trimmingCharacters(in: .whitespaces)
            guard !content.isEmpty else { continue }
            let position = "riga \(index + 1)"
            guard let object = (try? JSONSerialization.jsonObject(with: Data(content.utf8))) as? [String: Any] else {
                throw HSDSImportError(position: position, field: "-", reason: "la riga non è un oggetto JSON valido.")
            }
            records.append(Record(position: position, object: object))
        }
        return records
    }

    private static func elements(_ array: [Any]) throws(HSDSImportError) -> [Record] {
        var records: [Record] = []
        for (index, element) in array.enumerated() {
            guard let object = element as? [String: Any] else {
                throw HSDSImportError(position: "elemento \(index + 1)", field: "-", reason: "atteso un oggetto servizio.")
            }
            records.append(Record(position: "elemento \(index + 1)", object: object))
        }
        return records
    }
}
