import Foundation

/// Italian-aware text normalisation shared by indexing and querying, so both sides agree.
///
/// - `fold`: lower-case and remove diacritics ("Mondovì" → "mondovi", "PERCHÉ" → "perche").
/// - `words`: lower-case word tokens (letters and digits; everything else separates, so
///   apostrophes split "l'anziano" into "l" + "anziano"), at most `maxWordLength` scalars each.
/// - `searchTerms`: the words that carry meaning (stop words dropped), each with its folded
///   form, its Snowball stem and a light inflectional stem (see `ItalianLightStemmer`).
public struct TextNormalizer: Sendable {
    /// Longer tokens are cut to this many scalars (no Italian word comes close).
    public let maxWordLength: Int
    private let stemmer = ItalianStemmer()
    private let lightStemmer = ItalianLightStemmer()

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

    /// The meaningful terms of `text`: stop words removed, each folded and stemmed.
    public func searchTerms(in text: String) -> [SearchTerm] {
        words(in: text).compactMap { word in
            let folded = fold(word)
            guard !folded.isEmpty, !ItalianStopWords.contains(folded) else { return nil }
            if folded.unicodeScalars.allSatisfy({ $0.properties.numericType != nil }) {
                return SearchTerm(word: folded, stem: folded, lightStem: folded)
            }
            return SearchTerm(word: folded, stem: fold(stemmer.stem(word)),
                              lightStem: lightStemmer.stem(folded))
        }
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

/// One meaningful word of a text, in the forms the search index stores.
public struct SearchTerm: Sendable, Hashable {
    /// Lower-case, accent-free word ("mondovi").
    public let word: String
    /// Snowball Italian stem, accent-free ("anziano" → "anzi").
    public let stem: String
    /// Light inflectional stem, accent-free ("anziano", "anziani" → "anzian").
    public let lightStem: String

    public init(word: String, stem: String, lightStem: String) {
        self.word = word
        self.stem = stem
        self.lightStem = lightStem
    }
}
