import HTTPServer
import Testing

@Suite struct MultipartTests {
    static let boundary = "----VetrinaBoundary7MA4YWxk"

    static func body(_ parts: [String], boundary: String = boundary, close: Bool = true) -> [UInt8] {
        var text = ""
        for part in parts { text += "--\(boundary)\r\n" + part + "\r\n" }
        if close { text += "--\(boundary)--\r\n" }
        return Array(text.utf8)
    }

    @Test func parsesFieldsAndFilesInOrder() throws {
        let body = Self.body([
            "Content-Disposition: form-data; name=\"titolo\"\r\n\r\nCentro diurno \"Il Sole\"",
            "Content-Disposition: form-data; name=\"allegato\"; filename=\"carta servizi.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7\r\n\u{0}binary",
            "Content-Disposition: form-data; name=\"bisogni\"\r\n\r\nanziani",
            "Content-Disposition: form-data; name=\"bisogni\"\r\n\r\nfamiglia",
        ])
        let form = try MultipartFormData(body: body, boundary: Self.boundary)
        #expect(form.parts.count == 4)
        #expect(form.text("titolo") == "Centro diurno \"Il Sole\"")
        let file = try #require(form["allegato"])
        #expect(file.filename == "carta servizi.pdf")
        #expect(file.contentType == "application/pdf")
        #expect(file.body == Array("%PDF-1.7\r\n\u{0}binary".utf8))
        #expect(file.isFile)
        #expect(form.parts(named: "bisogni").compactMap(\.text) == ["anziani", "famiglia"])
    }

    @Test func ignoresPreambleEpilogueAndTransportPadding() throws {
        let text = "preamble to ignore\r\n--\(Self.boundary)  \r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--\(Self.boundary)--\r\nepilogue"
        let form = try MultipartFormData(body: Array(text.utf8), boundary: Self.boundary)
        #expect(form.text("a") == "1")
    }

    @Test func emptyContentAndUTF8FilenameAreKept() throws {
        let body = Self.body(["Content-Disposition: form-data; name=\"f\"; filename=\"città.txt\"\r\n\r\n"])
        let part = try #require(try MultipartFormData(body: body, boundary: Self.boundary)["f"])
        #expect(part.filename == "città.txt")
        #expect(part.body.isEmpty)
    }

    @Test func readsBoundaryFromRequestContentType() throws {
        let body = Self.body(["Content-Disposition: form-data; name=\"a\"\r\n\r\nx"])
        let request = makeRequest(.post, "/upload", headers: ["Content-Type": "multipart/form-data; boundary=\"\(Self.boundary)\""], body: body)
        #expect(try MultipartFormData(request: request).text("a") == "x")
        let notMultipart = makeRequest(.post, "/upload", headers: ["Content-Type": "text/plain"], body: body)
        #expect(throws: MultipartError.notMultipart) { try MultipartFormData(request: notMultipart) }
        let noBoundary = makeRequest(.post, "/upload", headers: ["Content-Type": "multipart/form-data"], body: body)
        #expect(throws: MultipartError.invalidBoundary) { try MultipartFormData(request: noBoundary) }
    }

    @Test(arguments: ["", String(repeating: "a", count: 71), "bad\"quote", "trailing "])
    func rejectsInvalidBoundaries(_ boundary: String) {
        #expect(throws: MultipartError.invalidBoundary) { try MultipartFormData(body: [], boundary: boundary) }
    }

    @Test func malformedBodiesAreTypedErrors() {
        let missingClose = Self.body(["Content-Disposition: form-data; name=\"a\"\r\n\r\nx"], close: false)
        #expect(throws: MultipartError.malformed("missing closing boundary")) { try MultipartFormData(body: missingClose, boundary: Self.boundary) }
        #expect(throws: MultipartError.malformed("no opening boundary")) { try MultipartFormData(body: Array("hello".utf8), boundary: Self.boundary) }
        let noBlankLine = Array("--\(Self.boundary)\r\nContent-Disposition: form-data; name=\"a\"\r\n--\(Self.boundary)--".utf8)
        #expect(throws: MultipartError.malformed("part headers not terminated")) { try MultipartFormData(body: noBlankLine, boundary: Self.boundary) }
        let noColon = Self.body(["Content-Disposition form-data\r\n\r\nx"])
        #expect(throws: MultipartError.malformed("part header without colon")) { try MultipartFormData(body: noColon, boundary: Self.boundary) }
        let noName = Self.body(["Content-Disposition: form-data\r\n\r\nx"])
        #expect(throws: MultipartError.missingName) { try MultipartFormData(body: noName, boundary: Self.boundary) }
        let attachment = Self.body(["Content-Disposition: attachment; name=\"a\"\r\n\r\nx"])
        #expect(throws: MultipartError.missingName) { try MultipartFormData(body: attachment, boundary: Self.boundary) }
        let garbageAfterBoundary = Array("--\(Self.boundary)xyz\r\n".utf8)
        #expect(throws: MultipartError.malformed("boundary not followed by CRLF")) { try MultipartFormData(body: garbageAfterBoundary, boundary: Self.boundary) }
    }

    @Test func partCountLimitAtNAndNPlusOne() throws {
        let part = "Content-Disposition: form-data; name=\"a\"\r\n\r\nx"
        let limits = MultipartLimits(maxParts: 3)
        #expect(try MultipartFormData(body: Self.body(Array(repeating: part, count: 3)), boundary: Self.boundary, limits: limits).parts.count == 3)
        #expect(throws: MultipartError.tooManyParts(limit: 3)) {
            try MultipartFormData(body: Self.body(Array(repeating: part, count: 4)), boundary: Self.boundary, limits: limits)
        }
    }

    @Test func fieldAndFileSizeLimitsAtNAndNPlusOne() throws {
        let limits = MultipartLimits(maxFileSize: 8, maxFieldSize: 4)
        let field = { (n: Int) in Self.body(["Content-Disposition: form-data; name=\"a\"\r\n\r\n" + String(repeating: "x", count: n)]) }
        let file = { (n: Int) in Self.body(["Content-Disposition: form-data; name=\"f\"; filename=\"f\"\r\n\r\n" + String(repeating: "y", count: n)]) }
        #expect(try MultipartFormData(body: field(4), boundary: Self.boundary, limits: limits).text("a") == "xxxx")
        #expect(throws: MultipartError.partTooLarge(name: "a", limit: 4)) { try MultipartFormData(body: field(5), boundary: Self.boundary, limits: limits) }
        #expect(try MultipartFormData(body: file(8), boundary: Self.boundary, limits: limits)["f"]?.body.count == 8)
        #expect(throws: MultipartError.partTooLarge(name: "f", limit: 8)) { try MultipartFormData(body: file(9), boundary: Self.boundary, limits: limits) }
        #expect(MultipartError.partTooLarge(name: "f", limit: 8).status == .contentTooLarge)
    }

    @Test func headerSectionLimit() throws {
        let limits = MultipartLimits(maxHeaderBytes: 64)
        let longHeader = "Content-Disposition: form-data; name=\"a\"\r\nX-Pad: " + String(repeating: "p", count: 80) + "\r\n\r\nx"
        #expect(throws: MultipartError.headersTooLarge(limit: 64)) { try MultipartFormData(body: Self.body([longHeader]), boundary: Self.boundary, limits: limits) }
    }

    @Test func contentContainingBoundaryLikeTextWithoutCRLFIsKept() throws {
        let content = "x--\(Self.boundary)y"
        let body = Self.body(["Content-Disposition: form-data; name=\"a\"\r\n\r\n" + content])
        #expect(try MultipartFormData(body: body, boundary: Self.boundary).text("a") == content)
    }

    @Test func truncatedBodiesNeverCrash() throws {
        let full = Self.body([
            "Content-Disposition: form-data; name=\"a\"\r\n\r\nvalue",
            "Content-Disposition: form-data; name=\"f\"; filename=\"x\"\r\n\r\ndata",
        ])
        var parsedWhole = 0
        for cut in 0..<full.count {
            if (try? MultipartFormData(body: Array(full[0..<cut]), boundary: Self.boundary)) != nil { parsedWhole += 1 }
        }
        // Only cuts that keep the whole close delimiter ("--boundary--") can parse.
        #expect(parsedWhole == 2)
        #expect(try MultipartFormData(body: full, boundary: Self.boundary).parts.count == 2)
    }
}
