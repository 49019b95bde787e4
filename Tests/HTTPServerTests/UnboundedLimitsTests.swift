import Testing
@testable import HTTPServer

/// Regression: a limit set to `Int.max` ("none") made `limit + n` trap on client input.
@Suite struct UnboundedLimitsTests {
    @Test func chunkedTrailerWithUnboundedHeaderLimitDecodes() {
        var harness = DecoderHarness()
        harness.limits.maxHeaderBytes = Int.max
        let bytes = Array("POST / HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\nX-T: 1\r\n\r\n".utf8)
        let result = harness.feed([bytes])
        #expect(result.errorStatus == nil)
        #expect(result.requests.first?.body == Array("abc".utf8))
    }

    @Test func multipartWithUnboundedLimitsParses() throws {
        let body = Array("--b\r\nContent-Disposition: form-data; name=\"f\"\r\n\r\nvalue\r\n--b--\r\n".utf8)
        let limits = MultipartLimits(maxHeaderBytes: Int.max, maxFileSize: Int.max, maxFieldSize: Int.max)
        let form = try MultipartFormData(body: body, boundary: "b", limits: limits)
        #expect(form.parts.count == 1)
    }
}
