import Foundation

/// Accent/case folding and word splitting, shared by the catalog (comune names, directory
/// filters) and by search indexing and querying, so every side agrees.
///
/// - `fold`: lower-case and remove diacritics ("Mondovì" → "mondovi", "PERCHÉ" → "perche").
/// - `words`: lower-case word tokens (letters and digits; everything else separates, so
///   apostrophes split "l'anziano" into "l" + "anziano"), at most `maxWordLength` scalars each.
///
/// Stop words and stems (`searchTerms`) are Search's (`Search/Text`).
public struct TextNormalizer: Sendable {
    /// Longer tokens are cut to this many scalars (no Italian word comes close).
    let maxWordLength: Int

    public init(maxWordLength: Int = 40) {
        self.maxWordLength = max(1, maxWordLength)
    }

    /// Lower-cases `text` and removes its diacritics (NFD, combining marks dropped).
    public func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 65 || ($0 > 90 && $0 < 128) }) { return text }   // ASCII, no capitals
        var out = String.UnicodeScalarView()
        for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars
        where !Self.isCombiningMark(scalar) {
            out.append(scalar)
        }
        return String(out)
    }

    /// Lower-case (NFC, accents kept) word tokens of `text`, in order. ASCII is classified
    /// inline (most text is ASCII); other scalars use their Unicode properties.
    public func words(in text: String) -> [String] {
        var result: [String] = []
        var current = String.UnicodeScalarView()
        var length = 0
        var needsNormalizing = false
        func flush() {
            if !current.isEmpty {
                let word = String(current)
                result.append(needsNormalizing ? word.precomposedStringWithCanonicalMapping : word)
            }
            current = String.UnicodeScalarView()
            length = 0
            needsNormalizing = false
        }
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 128 {
                if (v >= 97 && v <= 122) || (v >= 48 && v <= 57) {
                    if length < maxWordLength { current.append(scalar); length += 1 }
                } else if v >= 65 && v <= 90 {
                    if length < maxWordLength, let lower = Unicode.Scalar(v + 32) { current.append(lower); length += 1 }
                } else {
                    flush()
                }
            } else if Self.isCombiningMark(scalar) {
                if !current.isEmpty { current.append(scalar); needsNormalizing = true }
            } else if Self.isWordScalar(scalar) {
                guard length < maxWordLength else { continue }
                current.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
                length += 1
                needsNormalizing = true
            } else {
                flush()
            }
        }
        flush()
        return result
    }

    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        s.properties.isAlphabetic || s.properties.numericType != nil
    }

    static func isCombiningMark(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }
}
