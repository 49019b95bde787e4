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
        output.reserveCapacity(output.utf8.count + text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            case "\u{0}": output += "\u{FFFD}"   // NUL is a parse error in HTML text
            default: output.unicodeScalars.append(scalar)
            }
        }
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
