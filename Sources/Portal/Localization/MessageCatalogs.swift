import Foundation

/// Every language the public pages speak: one `MessageCatalog` per file in
/// `Resources/messages/`. Italian (`it.tsv`) is the default and the complete fallback; any other
/// file adds a language served under `/<code>/…` with no code change.
struct MessageCatalogs: Sendable {
    /// The default language's code: pages without a prefix are in Italian.
    static let defaultCode = "it"

    /// Catalogs by code; always contains the default language.
    let catalogs: [String: MessageCatalog]

    /// - Throws: `MessageCatalogError` when `it` is missing.
    init(_ catalogs: [MessageCatalog]) throws(MessageCatalogError) {
        let byCode = Dictionary(catalogs.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        guard byCode[Self.defaultCode] != nil else {
            throw MessageCatalogError(file: "\(Self.defaultCode).tsv", line: 0, problem: "the Italian catalog is required")
        }
        self.catalogs = byCode
    }

    /// The codes of the languages other than Italian, sorted (each gets a URL prefix).
    var prefixedCodes: [String] { catalogs.keys.filter { $0 != Self.defaultCode }.sorted() }

    /// All codes, Italian first.
    var allCodes: [String] { [Self.defaultCode] + prefixedCodes }

    /// The strings of `code`, with Italian behind every missing key (Italian itself for an unknown code).
    func localizer(_ code: String) -> Localizer {
        let italian = catalogs[Self.defaultCode]!
        return Localizer(catalog: catalogs[code] ?? italian, fallback: italian, languages: self)
    }

    /// The language of a request path and the path without its prefix: `/en/cerca` → (`en`, `/cerca`),
    /// `/en` → (`en`, `/`), `/cerca` → (`it`, `/cerca`).
    func split(path: Substring) -> (code: String, path: String) {
        let trimmed = path.dropFirst()
        let first = trimmed.prefix { $0 != "/" }
        let code = String(first)
        guard code != Self.defaultCode, catalogs[code] != nil else { return (Self.defaultCode, String(path)) }
        let rest = trimmed.dropFirst(first.count)
        return (code, rest.isEmpty ? "/" : String(rest))
    }

    /// The catalogs shipped in the Portal bundle (`Resources/messages/*.tsv`). A malformed or
    /// missing file stops the process at start with its line number (a test keeps them valid).
    static let bundled: MessageCatalogs = {
        do { return try load(directory: bundledDirectory()) } catch { fatalError("message catalogs: \(error)") }
    }()

    static func bundledDirectory() -> URL? {
        Bundle.module.url(forResource: "messages", withExtension: nil, subdirectory: "Resources")
            ?? Bundle.module.url(forResource: "messages", withExtension: nil)
    }

    /// Loads every `*.tsv` of `directory`.
    static func load(directory: URL?) throws -> MessageCatalogs {
        guard let directory else { throw MessageCatalogError(file: "messages/", line: 0, problem: "directory missing") }
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".tsv") }.sorted()
        let catalogs = try files.map { name in
            let text = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
            return try MessageCatalog.parse(text, code: String(name.dropLast(4)))
        }
        return try MessageCatalogs(catalogs)
    }
}
