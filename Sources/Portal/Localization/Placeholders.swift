/// Fills the `{name}` placeholders of a message in one pass over its text. One pass means a
/// value that itself contains `{other}` is left as written (replacing placeholder by placeholder
/// filled it too, depending on dictionary order), and no Foundation string search per name.
enum Placeholders {
    /// `template` with each `{name}` for which `value(name)` answers replaced by that answer;
    /// text outside placeholders and unknown placeholders go through `text` (e.g. escaping).
    static func fill(_ template: String, text: (Substring) -> String = { String($0) },
                     value: (Substring) -> String?) -> String {
        guard template.contains("{") else { return text(template[...]) }
        var out = ""
        out.reserveCapacity(template.utf8.count + 32)
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let name = rest[rest.index(after: open)..<close]
            if let filled = value(name) {
                out += text(rest[..<open])
                out += filled
            } else {
                out += text(rest[...close])
            }
            rest = rest[rest.index(after: close)...]
        }
        out += text(rest)
        return out
    }
}
