import Foundation

/// Text files bundled in Catalog's `Resources`, for modules built on Catalog (Search reads
/// `search-synonyms.tsv`); nil if the resource is missing or not UTF-8.
public enum BundledResource {
    public static func text(named name: String, extension ext: String) -> String? {
        guard let url = Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Resources")
                ?? Bundle.module.url(forResource: name, withExtension: ext) else { return nil }
        return try? String(contentsOf: url, encoding: .utf8)
    }
}
