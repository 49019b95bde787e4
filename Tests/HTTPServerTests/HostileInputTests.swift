import HTTPServer
import Testing

/// Seeded random mutations of valid inputs: every decoder either succeeds with a result that
/// respects its limits or throws its typed error; none may crash or hang.
@Suite struct HostileInputTests {
    /// A small deterministic generator (SplitMix64), so failures reproduce.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static func mutate(_ bytes: [UInt8], using rng: inout SplitMix) -> [UInt8] {
        var out = bytes
        let alphabet = Array("-\r\n%=&;\"\\/.:\u{0}aZ".utf8) + [0xC3, 0xFF]
        for _ in 0..<Int.random(in: 1...4, using: &rng) {
            guard !out.isEmpty else { break }
            let i = Int.random(in: 0..<out.count, using: &rng)
            switch Int.random(in: 0..<3, using: &rng) {
            case 0: out[i] = alphabet.randomElement(using: &rng) ?? 0
            case 1: out.remove(at: i)
            default: out.insert(alphabet.randomElement(using: &rng) ?? 0, at: i)
            }
        }
        return out
    }

    @Test func mutatedMultipartBodiesParseWithinLimitsOrThrowTypedErrors() {
        let valid = Array("--B\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nuno\r\n--B\r\nContent-Disposition: form-data; name=\"f\"; filename=\"x.txt\"\r\nContent-Type: text/plain\r\n\r\ndue\r\n--B--\r\n".utf8)
        let limits = MultipartLimits(maxParts: 2, maxHeaderBytes: 128, maxFileSize: 16, maxFieldSize: 8)
        var rng = SplitMix(state: 42)
        var parsed = 0, refused = 0
        for _ in 0..<3000 {
            do {
                let form = try MultipartFormData(body: Self.mutate(valid, using: &rng), boundary: "B", limits: limits)
                #expect(form.parts.count <= 2)
                #expect(form.parts.allSatisfy { $0.body.count <= ($0.isFile ? 16 : 8) })
                parsed += 1
            } catch {
                refused += 1
            }
        }
        #expect(parsed > 0 && refused > 0)
    }

    @Test func mutatedFormsDecodeToValidStringsOrThrow() {
        let valid = Array("q=assistenza+anziani&need=salute&citt%C3%A0=Cuneo".utf8)
        var rng = SplitMix(state: 7)
        var refused = 0
        for _ in 0..<3000 {
            let bytes = Self.mutate(valid, using: &rng)
            do {
                let form = try URLEncodedForm(body: bytes, limits: URLEncodedForm.Limits(maxFields: 5))
                #expect(form.fields.count <= 5)
            } catch {
                refused += 1
            }
        }
        #expect(refused > 0)
    }

    @Test func mutatedRequestTargetsNeverYieldParametersWithSeparatorsOrControls() throws {
        var router = Router()
        try router.get("/servizi/{slug}") { request in
            HTTPResponse(contentType: "text/plain", text: request.pathParameters["slug"] ?? "")
        }
        var rng = SplitMix(state: 99)
        for _ in 0..<3000 {
            let target = String(decoding: Self.mutate(Array("/servizi/caff%C3%A8".utf8), using: &rng), as: UTF8.self)
            let response = router.respond(to: makeRequest(.get, target))
            if response.status == .ok {
                #expect(!response.bodyText.contains("/") && !response.bodyText.contains("\\"))
                #expect(!response.bodyText.unicodeScalars.contains { $0.value < 0x20 })
            } else {
                #expect([400, 404].contains(response.status.code))
            }
        }
    }

    @Test func mutatedCookieAndDateHeadersNeverCrash() {
        var rng = SplitMix(state: 5)
        for _ in 0..<2000 {
            let cookie = String(decoding: Self.mutate(Array("sid=abc; theme=\"dark\"; lang=it".utf8), using: &rng), as: UTF8.self)
            #expect(RequestCookies(header: cookie).cookies.allSatisfy { !$0.name.isEmpty && !$0.name.contains(";") })
            let date = String(decoding: Self.mutate(Array("Sun, 06 Nov 1994 08:49:37 GMT".utf8), using: &rng), as: UTF8.self)
            if let seconds = HTTPDate.parse(date) { #expect(seconds >= -62_135_596_800) }
        }
    }
}
