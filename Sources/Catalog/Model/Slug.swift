import Foundation

/// Makes URL slugs: lowercase ASCII letters and digits joined by single hyphens.
/// Accents are dropped ("Mondovì" → "mondovi"), apostrophes and spaces become hyphens
/// ("Sant'Antonino di Susa" → "sant-antonino-di-susa"). Accents are folded by `TextNormalizer.fold`,
/// the catalog's one accent folding (every comune name and demo title keeps the slug it had when
/// `Slug` folded on its own: only marks inside non-Latin scripts could differ).
public enum Slug {
    /// The slug of `text`, at most `maxLength` characters (cut at a hyphen when possible);
    /// `fallback` when nothing usable remains.
    public static func make(_ text: String, maxLength: Int = 80, fallback: String = "senza-nome") -> String {
        var out = ""
        var pendingHyphen = false
        for scalar in TextNormalizer().fold(text).unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if pendingHyphen && !out.isEmpty { out.append("-") }
                pendingHyphen = false
                out.unicodeScalars.append(scalar)
            } else {
                pendingHyphen = true
            }
        }
        if out.count > maxLength {
            let cut = String(out.prefix(maxLength))
            out = cut.lastIndex(of: "-").map { String(cut[..<$0]) } ?? cut
        }
        return out.isEmpty ? fallback : out
    }
}
