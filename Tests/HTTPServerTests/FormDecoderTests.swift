import HTTPServer
import Testing

@Suite struct FormDecoderTests {
    @Test func decodesEscapesPlusAndKeepsRepeatedKeysInOrder() throws {
        let form = try URLEncodedForm(parsing: "q=assistenza+anziani&need=salute&need=casa&citt%C3%A0=Cuneo&empty=&flag")
        #expect(form["q"] == "assistenza anziani")
        #expect(form.values(for: "need") == ["salute", "casa"])
        #expect(form["città"] == "Cuneo")
        #expect(form["empty"] == "")
        #expect(form["flag"] == "")
        #expect(form.contains("flag"))
        #expect(form["missing"] == nil)
        #expect(form.names == ["q", "need", "città", "empty", "flag"])
    }

    @Test func encodedPlusAndEqualsStayLiteral() throws {
        let form = try URLEncodedForm(parsing: "a=1%2B1%3D2&b=x=y")
        #expect(form["a"] == "1+1=2")
        #expect(form["b"] == "x=y")
    }

    @Test func skipsEmptyPieces() throws {
        let form = try URLEncodedForm(parsing: "&&a=1&&b=2&")
        #expect(form.fields.map(\.name) == ["a", "b"])
        #expect(try URLEncodedForm(parsing: "").isEmpty)
    }

    @Test(arguments: ["a=%", "a=%4", "a=%G1", "%zz=1", "a=100%"])
    func rejectsInvalidEscapes(_ text: String) {
        #expect(throws: FormDecodingError.invalidPercentEscape) { try URLEncodedForm(parsing: text) }
    }

    @Test(arguments: ["a=%C3", "a=%FF", "a=%ED%A0%80", "%C0%AF=1"])
    func rejectsInvalidUTF8(_ text: String) {
        #expect(throws: FormDecodingError.invalidUTF8) { try URLEncodedForm(parsing: text) }
    }

    @Test func enforcesFieldLimitAtNAndNPlusOne() throws {
        let limits = URLEncodedForm.Limits(maxFields: 3)
        #expect(try URLEncodedForm(parsing: "a=1&b=2&c=3", limits: limits).fields.count == 3)
        #expect(throws: FormDecodingError.tooManyFields(limit: 3)) { try URLEncodedForm(parsing: "a=1&b=2&c=3&d=4", limits: limits) }
    }

    @Test func roundTripsThroughEncoding() throws {
        var form = URLEncodedForm()
        form.append("nome", "Società & Co = 100%")
        form.append("nome", "a+b")
        let decoded = try URLEncodedForm(parsing: form.encoded)
        #expect(decoded == form)
    }

    @Test func requestHelpersCheckContentType() throws {
        let body = Array("titolo=Centro+diurno".utf8)
        let form = makeRequest(.post, "/x", headers: ["Content-Type": "application/x-www-form-urlencoded; charset=UTF-8"], body: body)
        #expect(try form.formBody()["titolo"] == "Centro diurno")
        let json = makeRequest(.post, "/x", headers: ["Content-Type": "application/json"], body: body)
        #expect(throws: FormDecodingError.unsupportedContentType("application/json")) { try json.formBody() }
        #expect(throws: FormDecodingError.unsupportedContentType(nil)) { try makeRequest(.post, "/x", body: body).formBody() }
        #expect(try makeRequest(.get, "/cerca?q=nido&comune=001272").queryParameters()["comune"] == "001272")
        #expect(FormDecodingError.unsupportedContentType(nil).status == .unsupportedMediaType)
        #expect(FormDecodingError.invalidUTF8.status == .badRequest)
    }

    @Test func rejectsBodyThatIsNotUTF8() {
        #expect(throws: FormDecodingError.invalidUTF8) { try URLEncodedForm(body: [0x61, 0x3D, 0xFF]) }
    }

    @Test func percentDecodingDecodesBytes() throws {
        #expect(try PercentDecoding.decodeBytes("%00%ff+") == [0, 255, UInt8(ascii: "+")])
        #expect(try PercentDecoding.decode("a+b", plusAsSpace: true) == "a b")
        #expect(PercentEncoding.encode("a b/è~") == "a%20b%2F%C3%A8~")
    }

    @Test func parsesMediaTypesWithQuotedParameters() throws {
        let type = try #require(MediaType(parsing: #"Multipart/Form-Data; Boundary="a\"b c"; charset=utf-8"#))
        #expect(type.essence == "multipart/form-data")
        #expect(type.parameters["boundary"] == "a\"b c")
        #expect(type.parameters["charset"] == "utf-8")
        #expect(MediaType(parsing: "text/html; charset") == nil)
        #expect(MediaType(parsing: #"text/html; a="unterminated"#) == nil)
        #expect(MediaType(parsing: "") == nil)
    }
}
