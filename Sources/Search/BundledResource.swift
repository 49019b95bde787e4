import Foundation

/// Text files bundled in Search's `Resources` (`search-synonyms.tsv`), found through
/// `Bundle.module` (the `vetrina_Search.resources` directory SwiftPM puts next to every binary
/// built on Search); nil if the resource is missing or not UTF-8.
enum BundledResource {
    static func text(named name: String, extension ext: String) -> String? {
        guard let url = Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Resources")
                ?? Bundle.module.url(forResource: name, withExtension: ext) else { return nil }
        return try? String(contentsOf: url, encoding: .utf8)
    }
}
