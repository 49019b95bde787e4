import Foundation

/// SplitMix64: a tiny deterministic generator so a failing hostile-input run can be replayed
/// from its printed seed.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Builds hostile request targets and bodies. Every value is made of raw bytes, so invalid UTF-8,
/// NUL and control characters can be percent-encoded into the target.
struct HostileInputGenerator {
    var random: SeededGenerator

    /// Marker that must never come back as markup: its `<` must always be escaped.
    static let marker = "<vtrx"

    static let fragments: [String] = [
        "", " ", "%", "%Z", "%ZZ", "%F", "%FF", "%C0%AF", "%00", "%0A", "%0D%0A", "%E2%80%AE", "%ED%A0%80",
        "😀", "👩🏽‍⚕️", "ÿ", "\u{202E}", "\"", "'", "*", "NEAR(", "NEAR(a b, 2)", "OR", "AND", "NOT", "--",
        "';DROP TABLE service;--", "\" OR 1=1 --", "^", ":", "{", "}", "(", ")", "a*b", "\"unterminated",
        "title:anziani", "<vtrx>", "</script><vtrx>", "\"><vtrx a=\"", "'><vtrx a='", "&amp;", "&#x3c;vtrx",
        "99999999999999999999999", "-1", "0", "-9223372036854775808", "9223372036854775807", "1e9", "0x10",
        "+5", " 3 ", "٣", "1/0", "pinerolo", "Pinerolo", "10064", "cn", "cuneo", "salute", "anziani",
        "gratuito", "vicinanza", "recenti", "a_previdenza_sanita", "../../etc/passwd", "..%2F..%2Fetc",
        "\\", "/", "?", "#", "&", "=", "+", ";",
    ]

    static let parameterNames = [
        "q", "bisogno", "destinatario", "comune", "area", "provincia", "modalita", "costo", "welfare",
        "tipo_ente", "ordina", "pagina", "categoria", "utm_source", "", "pagina[]", "q\u{0}", "😀",
        "stato", "ente", "tipo", "da_verificare", "token", "csrf",
    ]

    static let card = "progetto-a-casa-assistenza-leggera-agli-anziani-delle-aree-montane-e-periferiche"
    static let publicPaths = [
        "/", "/cerca", "/servizi/\(card)", "/enti/mutua-piemonte", "/territori/pinerolo", "/territori",
        "/imprese", "/api/comuni", "/robots.txt", "/sitemap.xml", "/healthz", "/static/vetrina.css",
    ]
    static let slugRoutes = ["/servizi/", "/enti/", "/territori/", "/static/"]

    init(seed: UInt64) { random = SeededGenerator(seed: seed) }

    mutating func int(_ range: Range<Int>) -> Int { Int.random(in: range, using: &random) }
    mutating func chance(_ percent: Int) -> Bool { int(0..<100) < percent }
    mutating func pick<T>(_ values: [T]) -> T { values[int(0..<values.count)] }

    /// A hostile value, already written for a URL: mostly percent-encoded bytes, sometimes a
    /// fragment verbatim (its own escapes, valid or not), sometimes random bytes or a very long run.
    mutating func urlValue() -> String {
        switch int(0..<10) {
        case 0: return Self.encode(randomBytes(count: int(1..<40)))
        case 1: return String(repeating: Self.encode(Array(pick(Self.fragments).utf8)), count: int(2..<400))
        case 2, 3: return pick(Self.fragments)
        default:
            let parts = (0..<int(1..<4)).map { _ in pick(Self.fragments) }
            return Self.encode(Array(parts.joined(separator: pick(["", " ", "%20"])).utf8))
        }
    }

    /// A query string with 0–8 parameters, some repeated.
    mutating func query() -> String {
        let count = int(0..<9)
        guard count > 0 else { return "" }
        var pairs: [String] = []
        for _ in 0..<count {
            let name = chance(85) ? Self.encode(Array(pick(Self.parameterNames).utf8)) : urlValue()
            let value = urlValue()
            pairs.append(chance(5) ? name : "\(name)=\(value)")
            if chance(15) { pairs.append(pairs[pairs.count - 1]) }
        }
        return "?" + pairs.joined(separator: pick(["&", "&", "&&", ";"]))
    }

    /// A query whose every byte outside RFC 3986 unreserved characters is percent-encoded, so the
    /// request line is always well-formed (for pipelining on one connection).
    mutating func encodedQuery() -> String {
        let pairs = (0..<int(1..<6)).map { _ in
            Self.encode(Array(pick(Self.parameterNames).utf8)) + "=" + Self.encode(Array(pick(Self.fragments).utf8))
        }
        return "?" + pairs.joined(separator: "&")
    }

    /// A path: a real route, or a slug route with a hostile parameter.
    mutating func path() -> String {
        if chance(60) { return pick(Self.publicPaths) }
        return pick(Self.slugRoutes) + urlValue()
    }

    mutating func randomBytes(count: Int) -> [UInt8] { (0..<count).map { _ in UInt8(int(0..<256)) } }

    /// Percent-encodes every byte but RFC 3986 unreserved characters (§2.3).
    static func encode(_ bytes: [UInt8]) -> String {
        var out = ""
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
                 UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                out += String(format: "%%%02X", byte)
            }
        }
        return out
    }
}
