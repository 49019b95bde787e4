@testable import HTTPServer

/// What a sequence of bytes decodes to, in a form tests can compare.
struct DecodedRequest: Equatable, CustomStringConvertible {
    var method: String
    var target: String
    var version: HTTPVersion
    var headers: [String]
    var body: [UInt8]

    var description: String { "\(method) \(target) \(version) \(headers) body=\(body.count)" }
}

struct FeedResult: Equatable, CustomStringConvertible {
    var requests: [DecodedRequest] = []
    /// Status of the ParseError thrown, if any.
    var errorStatus: Int?
    /// Bytes left over that did not complete a request.
    var incomplete = false

    var description: String { "requests=\(requests) error=\(errorStatus.map(String.init) ?? "none") incomplete=\(incomplete)" }
}

/// Drives a `RequestDecoder` the way the engine does: keep the unconsumed bytes, decode until
/// `.needMore`, then append the next chunk.
struct DecoderHarness {
    var limits = ParserLimits()
    var maxBodySize = 1 << 20

    func feed(_ chunks: [[UInt8]]) -> FeedResult {
        var decoder = RequestDecoder(limits: limits, defaultMaxBodySize: maxBodySize)
        var result = FeedResult()
        var buffer: [UInt8] = []
        var current: DecodedRequest?
        do throws(ParseError) {
            for chunk in chunks {
                buffer += chunk
                while true {
                    let (event, consumed) = try decoder.decode(buffer).get()
                    switch event {
                    case .needMore:
                        break
                    case .head(let head):
                        current = DecodedRequest(
                            method: head.method.rawValue, target: head.target, version: head.version,
                            headers: head.headers.map { "\($0.name): \($0.value)" }, body: [])
                        try decoder.setMaxBodySize(maxBodySize)
                    case .body(let range):
                        current?.body += buffer[range]
                    case .end:
                        if let c = current { result.requests.append(c) }
                        current = nil
                    }
                    buffer.removeFirst(consumed)
                    if case .needMore = event { break }
                }
            }
        } catch {
            result.errorStatus = error.status.code
            return result
        }
        result.incomplete = current != nil || !buffer.isEmpty || !decoder.isAtRequestBoundary
        return result
    }

    func whole(_ bytes: [UInt8]) -> FeedResult { feed([bytes]) }

    func byteByByte(_ bytes: [UInt8]) -> FeedResult { feed(bytes.map { [$0] }) }

    func split(_ bytes: [UInt8], at cut: Int) -> FeedResult {
        feed([Array(bytes[..<cut]), Array(bytes[cut...])])
    }
}

extension RequestDecoder {
    /// `decode` over an array, with the error as a value (keeps test closures simple).
    mutating func decode(_ bytes: [UInt8]) -> Result<(event: Event, consumed: Int), ParseError> {
        bytes.withUnsafeBytes { b in
            do throws(ParseError) {
                return .success(try decode(b))
            } catch {
                return .failure(error)
            }
        }
    }
}
