/// One language's interface strings, parsed from `Resources/messages/<code>.tsv`.
///
/// File format (UTF-8): `#` comments and blank lines are ignored; `@name<TAB>value` lines are
/// the file's header (`@language` the language's own name for the switch, `@dir` `ltr` or
/// `rtl`, `@locale` the Open Graph locale); every other line is `key<TAB>text`. Texts are
/// plain text (escaped when inserted); `{name}` marks a value filled in by the code.
struct MessageCatalog: Sendable, Equatable {
    /// Primary language tag, from the file name (`en`).
    let code: String
    /// The language's name in itself ("English", "Italiano"), shown on the switch.
    let nativeName: String
    /// Text direction for `<html dir>`: `ltr` or `rtl` (Arabic).
    let direction: String
    /// Open Graph locale (`en_GB`).
    let ogLocale: String
    /// Texts by key.
    let messages: [String: String]

    /// Parses `text`, the content of `<code>.tsv`.
    /// - Throws: `MessageCatalogError` naming the first malformed line.
    static func parse(_ text: String, code: String) throws(MessageCatalogError) -> MessageCatalog {
        var header: [String: String] = [:]
        var messages: [String: String] = [:]
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.allSatisfy({ $0 == " " }) || line.hasPrefix("#") { continue }
            let parts = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, !parts[0].contains(" "), !parts[1].isEmpty else {
                throw MessageCatalogError(file: "\(code).tsv", line: index + 1, problem: "expected key<TAB>text")
            }
            let key = String(parts[0])
            if key.hasPrefix("@") {
                header[String(key.dropFirst())] = String(parts[1])
            } else {
                guard messages[key] == nil else {
                    throw MessageCatalogError(file: "\(code).tsv", line: index + 1, problem: "duplicate key \(key)")
                }
                messages[key] = String(parts[1])
            }
        }
        let direction = header["dir"] ?? "ltr"
        guard direction == "ltr" || direction == "rtl" else {
            throw MessageCatalogError(file: "\(code).tsv", line: 0, problem: "@dir must be ltr or rtl")
        }
        return MessageCatalog(code: code, nativeName: header["language"] ?? code, direction: direction,
                              ogLocale: header["locale"] ?? code, messages: messages)
    }
}

/// A malformed line in a message catalog.
struct MessageCatalogError: Error, Equatable, CustomStringConvertible {
    let file: String
    let line: Int
    let problem: String
    var description: String { "\(file), line \(line): \(problem)" }
}
