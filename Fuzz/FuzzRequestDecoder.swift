// libFuzzer entry for the HTTP request decoder. Built by scripts/fuzz.sh together with the
// parser's source files only (no sockets, no event loops), so it needs nothing else.
//
// Each input is decoded three ways: whole, one byte at a time, and split at an index taken
// from the input. Any crash, or any disagreement between the three results, is a finding.

/// A comparable summary of what a byte sequence decoded to.
struct FuzzOutcome: Equatable {
    var heads: [String] = []
    var bodies: [[UInt8]] = []
    var error: Int?
}

func fuzzDecode(_ chunks: [ArraySlice<UInt8>], limits: ParserLimits, maxBody: Int) -> FuzzOutcome {
    var decoder = RequestDecoder(limits: limits, defaultMaxBodySize: maxBody)
    var outcome = FuzzOutcome()
    var buffer: [UInt8] = []
    for chunk in chunks {
        buffer += chunk
        while true {
            let step: (RequestDecoder.Event, Int)? = buffer.withUnsafeBytes { raw in
                do throws(ParseError) {
                    return try decoder.decode(raw)
                } catch {
                    outcome.error = error.status.code
                    return nil
                }
            }
            guard let (event, consumed) = step else { return outcome }
            switch event {
            case .needMore: break
            case .head(let head):
                checkInvariants(head)
                outcome.heads.append("\(head.method) \(head.target) \(head.version) \(head.headers.count)")
                outcome.bodies.append([])
                do throws(ParseError) { try decoder.setMaxBodySize(maxBody) } catch {
                    outcome.error = error.status.code
                    return outcome
                }
            case .body(let range):
                if outcome.bodies.isEmpty { outcome.bodies.append([]) }
                outcome.bodies[outcome.bodies.count - 1] += buffer[range]
            case .end: break
            }
            buffer.removeFirst(consumed)
            if case .needMore = event { break }
        }
    }
    return outcome
}

/// What an accepted head may never contain, whatever the input: these would let a request
/// smuggle framing or split a response downstream.
func checkInvariants(_ head: RequestHead) {
    for b in head.target.utf8 where b <= 32 || b >= 127 { fatalError("accepted target byte \(b)") }
    for field in head.headers {
        if field.name.isEmpty { fatalError("accepted empty field name") }
        for b in field.name.utf8 where b <= 32 || b == 58 || b >= 127 { fatalError("accepted name byte \(b)") }
        for b in field.value.utf8 where b == 0 || b == 10 || b == 13 { fatalError("accepted value byte \(b)") }
    }
    if head.version != .http1_0 && head.version != .http1_1 { fatalError("accepted version \(head.version)") }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRequestDecoder(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    var limits = ParserLimits()
    limits.maxRequestLine = 64
    limits.maxHeaderBytes = 256
    limits.maxHeaderCount = 8
    limits.maxChunkSizeLine = 32
    let whole = fuzzDecode([bytes[...]], limits: limits, maxBody: 512)
    let single = fuzzDecode(bytes.indices.map { bytes[$0...$0] }, limits: limits, maxBody: 512)
    let cut = bytes.isEmpty ? 0 : Int(bytes[0]) % (bytes.count + 1)
    let split = fuzzDecode([bytes[..<cut], bytes[cut...]], limits: limits, maxBody: 512)
    if whole != single || whole != split {
        fatalError("decoder results differ: whole=\(whole) single=\(single) split@\(cut)=\(split)")
    }
    return 0
}
