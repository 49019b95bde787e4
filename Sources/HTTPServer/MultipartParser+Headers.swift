extension MultipartParser {
    /// Parses `name: value` lines (UTF-8 allowed in values, as browsers send file names).
    static func parseHeaders(_ bytes: ArraySlice<UInt8>) throws(MultipartError) -> HTTPHeaders {
        guard let text = String(validating: bytes, as: UTF8.self) else { throw .malformed("part headers are not UTF-8") }
        var headers = HTTPHeaders()
        for line in text.split(separator: "\r\n", omittingEmptySubsequences: false) {
            guard let colon = line.firstIndex(of: ":") else { throw .malformed("part header without colon") }
            let name = line[..<colon]
            guard !name.isEmpty, name.utf8.allSatisfy(isTokenByte) else { throw .malformed("invalid part header name") }
            let value = line[line.index(after: colon)...].trimmingSpacesAndTabs()
            guard !value.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\t" || $0.value == 0x7F }) else {
                throw .malformed("control character in part header")
            }
            headers.add(String(name), String(value))
        }
        return headers
    }

    /// `name` and `filename` from `Content-Disposition: form-data; name="…"; filename="…"`.
    static func disposition(_ headers: HTTPHeaders) throws(MultipartError) -> (name: String, filename: String?) {
        guard let value = headers["Content-Disposition"], let disposition = MediaType(parsing: value),
              disposition.type == "form-data", let name = disposition.parameters["name"]
        else { throw .missingName }
        return (name, disposition.parameters["filename"])
    }

    /// RFC 9110 §5.6.2 `tchar`.
    static func isTokenByte(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return "!#$%&'*+-.^_`|~".utf8.contains(b)
        }
    }
}

extension Substring {
    /// The text without leading and trailing spaces and tabs (RFC 9110 §5.6.3 OWS).
    func trimmingSpacesAndTabs() -> Substring {
        var s = self
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        return s
    }
}
