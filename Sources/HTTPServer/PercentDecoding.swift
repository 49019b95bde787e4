/// Percent-decoding of URL components and form fields (RFC 3986 §2.1, WHATWG URL
/// `application/x-www-form-urlencoded` parsing). Decoding is strict: a `%` not followed by two
/// hex digits, or bytes that are not valid UTF-8, are errors rather than being passed through.
public enum PercentDecoding {
    /// Decodes `%XX` escapes (and `+` as a space when `plusAsSpace`) into a UTF-8 string.
    /// - Throws: `FormDecodingError.invalidPercentEscape` for a malformed escape,
    ///   `FormDecodingError.invalidUTF8` when the decoded bytes are not UTF-8.
    public static func decode<S: StringProtocol>(
        _ text: S, plusAsSpace: Bool = false
    ) throws(FormDecodingError) -> String {
        let bytes = try decodeBytes(text, plusAsSpace: plusAsSpace)
        guard let string = String(validating: bytes, as: UTF8.self) else {
            throw .invalidUTF8
        }
        return string
    }

    /// Decodes `%XX` escapes into raw bytes without checking UTF-8.
    /// - Throws: `FormDecodingError.invalidPercentEscape` for `%` not followed by two hex digits.
    public static func decodeBytes<S: StringProtocol>(
        _ text: S, plusAsSpace: Bool = false
    ) throws(FormDecodingError) -> [UInt8] {
        let utf8 = text.utf8
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte == UInt8(ascii: "%") {
                let first = utf8.index(after: index)
                guard first != utf8.endIndex else { throw .invalidPercentEscape }
                let second = utf8.index(after: first)
                guard second != utf8.endIndex,
                      let high = hexValue(utf8[first]), let low = hexValue(utf8[second])
                else { throw .invalidPercentEscape }
                out.append(high << 4 | low)
                index = utf8.index(after: second)
                continue
            }
            out.append(plusAsSpace && byte == UInt8(ascii: "+") ? UInt8(ascii: " ") : byte)
            index = utf8.index(after: index)
        }
        return out
    }

    /// Whether `text` needs any decoding at all (contains `%`, or `+` when it means a space).
    static func needsDecoding<S: StringProtocol>(_ text: S, plusAsSpace: Bool) -> Bool {
        text.utf8.contains { $0 == UInt8(ascii: "%") || (plusAsSpace && $0 == UInt8(ascii: "+")) }
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}

/// Percent-encoding for building URLs and form bodies (RFC 3986 §2.1).
public enum PercentEncoding {
    /// Encodes every byte outside the RFC 3986 unreserved set (`A-Z a-z 0-9 - . _ ~`).
    public static func encode(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            if isUnreserved(byte) {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out += "%" + hexDigit(byte >> 4) + hexDigit(byte & 0xF)
            }
        }
        return out
    }

    static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
            return true
        default:
            return false
        }
    }

    private static func hexDigit(_ nibble: UInt8) -> String {
        String(UnicodeScalar(nibble < 10 ? nibble + 48 : nibble + 55))
    }
}
