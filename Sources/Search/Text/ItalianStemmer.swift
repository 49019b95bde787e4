/// The Snowball Italian stemmer (snowballstem.org/algorithms/italian/stemmer.html, the
/// algorithm as published with Snowball 3: elisions, prelude, RV/R1/R2, attached pronoun,
/// standard suffix, verb suffix, residual vowel suffix, postlude).
///
/// Input is one word, lower-cased (Snowball's markers for `u`/`i` between vowels are the
/// upper-case letters `U`/`I`). Accented vowels are significant (`ità`, `erò`): stem before
/// folding accents. Output is the stem, still lower-case and possibly accented.
/// Never traps: any string is accepted, an empty word stems to itself.
struct ItalianStemmer: Sendable {
    init() {}

    /// Returns the Snowball stem of `word` (expected lower-case).
    func stem(_ word: String) -> String {
        var w = StemmerWord(Array(word.unicodeScalars))
        w.removeElision()
        w.prelude()
        w.markRegions()
        w.removeAttachedPronoun()
        if !w.removeStandardSuffix() {
            w.removeVerbSuffix()
        }
        w.removeVowelSuffix()
        w.postlude()
        var out = String.UnicodeScalarView()
        out.append(contentsOf: w.chars)
        return String(out)
    }
}

/// The word being stemmed and its regions, as Unicode scalars.
struct StemmerWord {
    var chars: [Unicode.Scalar]
    /// Start of RV, R1, R2 (indices into `chars`; `chars.count` when empty).
    var pV = 0, p1 = 0, p2 = 0

    init(_ chars: [Unicode.Scalar]) { self.chars = chars }

    static func isVowel(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "a", "e", "i", "o", "u", "à", "è", "ì", "ò", "ù": return true
        default: return false
        }
    }

    /// Whether `suffix` ends `chars` and starts at or after `limit`.
    func ends(with suffix: [Unicode.Scalar], limit: Int = 0) -> Bool {
        let start = chars.count - suffix.count
        guard start >= limit else { return false }
        return chars[start...].elementsEqual(suffix)
    }

    /// The longest of `candidates` ending the word within `[limit, end)`.
    func longestSuffix(_ candidates: [[Unicode.Scalar]], limit: Int = 0) -> [Unicode.Scalar]? {
        var best: [Unicode.Scalar]?
        for c in candidates where c.count > (best?.count ?? 0) && ends(with: c, limit: limit) {
            best = c
        }
        return best
    }

    mutating func replaceSuffix(length: Int, with replacement: String) {
        chars.removeLast(length)
        chars.append(contentsOf: replacement.unicodeScalars)
    }

    // MARK: prelude and regions

    /// Elided articles and prepositions (`l'`, `dell'` …) are removed when something follows.
    mutating func removeElision() {
        for prefix in ItalianSuffixes.elisions where chars.count > prefix.count
            && chars[..<prefix.count].elementsEqual(prefix) {
            chars.removeFirst(prefix.count)
            return
        }
    }

    /// Acute accents become grave, `qu` becomes `qU`, and `u`/`i` between vowels upper-case.
    mutating func prelude() {
        var i = 0
        while i < chars.count {
            switch chars[i] {
            case "á": chars[i] = "à"
            case "é": chars[i] = "è"
            case "í": chars[i] = "ì"
            case "ó": chars[i] = "ò"
            case "ú": chars[i] = "ù"
            case "q" where i + 1 < chars.count && chars[i + 1] == "u":
                chars[i + 1] = "U"
                i += 1
            default: break
            }
            i += 1
        }
        guard chars.count >= 3 else { return }
        for i in 0..<(chars.count - 2) where Self.isVowel(chars[i]) && Self.isVowel(chars[i + 2]) {
            if chars[i + 1] == "u" { chars[i + 1] = "U" } else if chars[i + 1] == "i" { chars[i + 1] = "I" }
        }
    }

    /// Index just past the first vowel (or non-vowel, when `vowel` is false) at or after `from`.
    func pastNext(vowel: Bool, from: Int) -> Int? {
        var i = from
        while i < chars.count {
            if Self.isVowel(chars[i]) == vowel { return i + 1 }
            i += 1
        }
        return nil
    }

    mutating func markRegions() {
        let n = chars.count
        pV = n; p1 = n; p2 = n
        if let v = rvStart() { pV = v }
        guard let a = pastNext(vowel: true, from: 0), let b = pastNext(vowel: false, from: a) else { return }
        p1 = b
        guard let c = pastNext(vowel: true, from: b), let d = pastNext(vowel: false, from: c) else { return }
        p2 = d
    }

    /// RV: after the next vowel when the second letter is a consonant, after the next
    /// consonant when the first two are vowels, otherwise after the third letter;
    /// `divan…` keeps its `divan` (Snowball 3).
    func rvStart() -> Int? {
        let n = chars.count
        guard n >= 2 else { return nil }
        if Self.isVowel(chars[0]) {
            return Self.isVowel(chars[1]) ? pastNext(vowel: false, from: 2) : pastNext(vowel: true, from: 2)
        }
        if chars.starts(with: "divan".unicodeScalars) { return 5 }
        if !Self.isVowel(chars[1]) { return pastNext(vowel: true, from: 2) }
        return n >= 3 ? 3 : nil
    }

    mutating func postlude() {
        for i in chars.indices {
            if chars[i] == "I" { chars[i] = "i" } else if chars[i] == "U" { chars[i] = "u" }
        }
    }
}
