import Foundation
import HTTPServer

/// `format=ndjson`: every result as one JSON object per line (`application/x-ndjson`).
enum NDJSONBody {
    static func response(count: Int, lastModified: Date?, batch: @escaping @Sendable (Range<Int>) throws -> [JSONValue]) throws -> HTTPResponse {
        var headers = APIResponse.commonHeaders(lastModified: lastModified)
        headers.set("Content-Type", APIResponse.ndjsonType)
        var out: [UInt8] = []
        var start = 0
        while start < count {
            let end = min(start + OpenDataAPI.batchSize, count)
            for value in try batch(start..<end) { out += Array(value.encoded.utf8); out.append(10) }
            start = end
        }
        return HTTPResponse(status: .ok, headers: headers, body: .bytes(out))
    }
}
