/// Small helpers for writing Italian text from data.
enum ItalianText {
    /// "a", "a e b", "a, b e c".
    static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " e " + items[items.count - 1]
        }
    }

    /// Labels that may themselves contain "e" ("Salute e prevenzione"), separated by semicolons
    /// so the list stays unambiguous: "Salute e prevenzione; Casa e abitare".
    static func labels(_ items: [String]) -> String { items.joined(separator: "; ") }

    /// An amount in euro cents as "15,00 €" (thousands with a dot: "1.250,00 €").
    static func euro(cents: Int) -> String {
        let sign = cents < 0 ? "-" : ""
        let value = abs(cents)
        let whole = String(value / 100)
        var grouped = ""
        for (index, ch) in whole.enumerated() {
            if index > 0 && (whole.count - index) % 3 == 0 { grouped += "." }
            grouped.append(ch)
        }
        let fraction = value % 100
        return "\(sign)\(grouped),\(fraction < 10 ? "0" : "")\(fraction) €"
    }

    /// "1 servizio" / "12 servizi".
    static func count(_ n: Int, one: String, many: String) -> String {
        n == 1 ? "1 \(one)" : "\(n) \(many)"
    }

    /// Free text typed by operators as paragraphs: blank lines separate paragraphs, single
    /// newlines become `<br>`. Every piece is escaped.
    static func paragraphs(_ text: String) -> HTML {
        let normalized = text.replacingAll("\r", with: "")
        var out = HTML()
        for block in normalized.split(separator: "\n\n") {
            let lines = block.split(separator: "\n").map { $0.trimmingCharacters() }.filter { !$0.isEmpty }
            guard !lines.isEmpty else { continue }
            let joined = HTML.join(lines.map { HTML(text: $0) }, separator: "<br>")
            out.append("<p>\(joined)</p>\n")
        }
        return out
    }
}

extension Substring {
    func trimmingCharacters() -> String { String(self).trimmingWhitespace() }
}
