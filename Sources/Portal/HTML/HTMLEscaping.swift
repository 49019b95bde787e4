/// Escaping of text for HTML element content and double- or single-quoted attribute values
/// (HTML Living Standard §13.1.2.3 and §13.5). The same five characters are escaped in both
/// contexts, so one function is safe for either.
enum HTMLEscaping {
    /// `text` with `& < > " '` replaced by character references.
    static func escape(_ text: String) -> String {
        var out = ""
        escape(text, into: &out)
        return out
    }

    /// Appends `text`, escaped, to `output`. Text with nothing to escape is appended in one step.
    static func escape(_ text: String, into output: inout String) {
        guard text.utf8.contains(where: needsEscaping) else {
            output += text
            return
        }
        // Byte by byte into a buffer, decoded once: appending scalar by scalar to a String
        // costs hundreds of instructions each, and this runs for every text on every page.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): bytes.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): bytes.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): bytes.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): bytes.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): bytes.append(contentsOf: "&#39;".utf8)
            case 0: bytes.append(contentsOf: "\u{FFFD}".utf8)   // NUL is a parse error in HTML text
            default: bytes.append(byte)
            }
        }
        output += String(decoding: bytes, as: UTF8.self)
    }

    /// Escapes text for a quoted attribute value; identical to `escape`, named for readability.
    static func attribute(_ value: String) -> String { escape(value) }

    private static func needsEscaping(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"),
             UInt8(ascii: "\""), UInt8(ascii: "'"), 0:
            return true
        default:
            return false
        }
    }
}
