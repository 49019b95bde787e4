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

    static func encodeString(_ s: String, into out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
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
