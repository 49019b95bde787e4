/// A small JSON value for JSON-LD blocks and the JSON endpoints, encoded deterministically
/// (object keys keep their order) per RFC 8259.
///
/// `<`, `>` and `&` inside strings are written as `\u003c`, `\u003e`, `\u0026`, so the output can
/// sit inside a `<script type="application/ld+json">` block without ever closing it.
enum JSONValue: Sendable, Equatable, ExpressibleByStringLiteral {
    case string(String)
    case number(Int)
    /// A number given in hundredths, written as a decimal: 1550 → `15.5`, 1500 → `15`.
    case hundredths(Int)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(String, JSONValue)])

    init(stringLiteral value: String) { self = .string(value) }

    static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.encoded == rhs.encoded }

    /// A string value, or `null` for nil.
    static func optional(_ text: String?) -> JSONValue { text.map { .string($0) } ?? .null }

    /// An object without the members whose value is `null` (JSON-LD readers prefer them absent).
    static func compactObject(_ members: [(String, JSONValue)]) -> JSONValue {
        .object(members.filter { if case .null = $0.1 { return false } else { return true } })
    }

    /// Compact JSON text.
    var encoded: String {
        var out = ""
        encode(into: &out)
        return out
    }

    func encode(into out: inout String) {
        switch self {
        case .string(let s): Self.encodeString(s, into: &out)
        case .number(let n): out += String(n)
        case .hundredths(let n):
            out += n < 0 ? "-" : ""
            out += String(n.magnitude / 100)
            let cents = Int(n.magnitude % 100)
            if cents != 0 { out += cents % 10 == 0 ? ".\(cents / 10)" : cents < 10 ? ".0\(cents)" : ".\(cents)" }
        case .bool(let b): out += b ? "true" : "false"
        case .null: out += "null"
        case .array(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                item.encode(into: &out)
            }
            out += "]"
        case .object(let members):
            out += "{"
            for (i, (key, value)) in members.enumerated() {
                if i > 0 { out += "," }
                Self.encodeString(key, into: &out)
                out += ":"
                value.encode(into: &out)
            }
            out += "}"
        }
    }

    /// `s` as a JSON string literal, safe inside a `<script>` block (`<`, `>`, `&` and the
    /// JavaScript line separators escaped). Built byte by byte in a buffer and decoded once.
    static func encodeString(_ s: String, into out: inout String) {
        var bytes: [UInt8] = [UInt8(ascii: "\"")]
        bytes.reserveCapacity(s.utf8.count + 16)
        for byte in s.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\\"): bytes.append(contentsOf: "\\\\".utf8)
            case UInt8(ascii: "\n"): bytes.append(contentsOf: "\\n".utf8)
            case UInt8(ascii: "\r"): bytes.append(contentsOf: "\\r".utf8)
            case UInt8(ascii: "\t"): bytes.append(contentsOf: "\\t".utf8)
            case UInt8(ascii: "<"): bytes.append(contentsOf: "\\u003c".utf8)
            case UInt8(ascii: ">"): bytes.append(contentsOf: "\\u003e".utf8)
            case UInt8(ascii: "&"): bytes.append(contentsOf: "\\u0026".utf8)
            case 0..<0x20:
                bytes.append(contentsOf: "\\u00".utf8)
                bytes.append(hexDigit(byte >> 4))
                bytes.append(hexDigit(byte & 0xF))
            default:
                bytes.append(byte)
                // U+2028 / U+2029 (E2 80 A8 / A9): the only place these bytes meet in UTF-8.
                if byte == 0xA8 || byte == 0xA9, bytes.count >= 3,
                   bytes[bytes.count - 2] == 0x80, bytes[bytes.count - 3] == 0xE2 {
                    bytes.removeLast(3)
                    bytes.append(contentsOf: (byte == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                }
            }
        }
        bytes.append(UInt8(ascii: "\""))
        out += String(decoding: bytes, as: UTF8.self)
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }
}

/// Helpers for schema.org JSON-LD blocks.
enum JSONLD {
    /// JSON text made safe for a `<script>` data block: every `<` becomes `\u003c`, which is the
    /// same JSON (a `<` can only occur inside strings), so `</script>` can never appear.
    static func scriptSafe(_ json: String) -> HTML {
        HTML(unsafeRaw: json.replacingAll("<", with: "\\u003c"))
    }
}

extension String {
    /// Every occurrence of `target` replaced (no Foundation needed).
    func replacingAll(_ target: Character, with replacement: String) -> String {
        guard contains(target) else { return self }
        var out = ""
        out.reserveCapacity(utf8.count + 16)
        for ch in self { if ch == target { out += replacement } else { out.append(ch) } }
        return out
    }
}
