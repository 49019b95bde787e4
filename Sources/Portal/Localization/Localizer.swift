import Foundation

/// The interface strings of one language, with Italian behind every missing key, and the links
/// of that language (`/en/cerca` for English, `/cerca` for Italian).
struct Localizer: Sendable {
    let catalog: MessageCatalog
    let fallback: MessageCatalog
    let languages: MessageCatalogs

    /// Italian, the default.
    static var italian: Localizer { MessageCatalogs.bundled.localizer(MessageCatalogs.defaultCode) }

    var code: String { catalog.code }
    var isDefault: Bool { code == MessageCatalogs.defaultCode }

    /// The text of `key`, with `{name}` placeholders filled from `values`; the Italian text when
    /// this language lacks the key, the key itself when Italian lacks it too (a test forbids that).
    func tr(_ key: String, _ values: [String: String] = [:]) -> String {
        var text = catalog.messages[key] ?? fallback.messages[key] ?? key
        for (name, value) in values { text = text.replacingOccurrences(of: "{\(name)}", with: value) }
        return text
    }

    /// `tr(key)` when this language has the key, otherwise `italian` (taxonomy labels come from the database in Italian).
    func term(_ key: String, italian: String) -> String {
        isDefault ? italian : (catalog.messages[key] ?? italian)
    }

    /// A taxonomy label: `need.<code>`, `target.<code>`, `delivery.<code>`…
    func label(_ prefix: String, code: String, italian: String) -> String {
        term("\(prefix).\(code)", italian: italian)
    }

    /// `path` (an Italian site path such as `/cerca?q=x`) in this language.
    func path(_ path: String) -> String {
        guard !isDefault else { return path }
        return path == "/" ? "/\(code)" : "/\(code)\(path)"
    }

    /// "1 servizio" / "4 servizi": `<key>.one` or `<key>.many` with `{n}`.
    func count(_ n: Int, _ key: String) -> String {
        tr(n == 1 ? "\(key).one" : "\(key).many", ["n": String(n)])
    }

    /// Whether a catalog has `key` of its own (no fallback).
    func hasOwn(_ key: String) -> Bool { catalog.messages[key] != nil }
}
