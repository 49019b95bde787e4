/// The suffix steps of the Snowball Italian algorithm (step 0, 1, 2, 3a, 3b).
extension StemmerWord {
    var end: Int { chars.count }

    /// Step 0: a pronoun after `ando`/`endo` (deleted) or `ar`/`er`/`ir` (replaced by `e`), in RV.
    mutating func removeAttachedPronoun() {
        guard let pronoun = longestSuffix(ItalianSuffixes.pronouns) else { return }
        let pronounStart = end - pronoun.count
        let before = StemmerWord(Array(chars[..<pronounStart]))
        if let gerund = before.longestSuffix(ItalianSuffixes.gerunds) {
            guard pronounStart - gerund.count >= pV else { return }
            replaceSuffix(length: pronoun.count, with: "")
        } else if let infinitive = before.longestSuffix(ItalianSuffixes.infinitives) {
            guard pronounStart - infinitive.count >= pV else { return }
            replaceSuffix(length: pronoun.count, with: "e")
        }
    }

    /// Step 1. Returns whether a standard suffix was removed (then step 2 is skipped).
    mutating func removeStandardSuffix() -> Bool {
        var found: ([Unicode.Scalar], ItalianSuffixes.StandardAction)?
        for entry in ItalianSuffixes.standard
        where entry.0.count > (found?.0.count ?? 0) && ends(with: entry.0) {
            found = entry
        }
        guard let (suffix, action) = found else { return false }
        let start = end - suffix.count
        switch action {
        case .deleteInR2:
            guard start >= p2 else { return false }
            chars.removeLast(suffix.count)
        case .ation:
            guard start >= p2 else { return false }
            chars.removeLast(suffix.count)
            deleteIfInR2("ic")
        case .logy:
            guard start >= p2 else { return false }
            replaceSuffix(length: suffix.count, with: "log")
        case .ution:
            guard start >= p2 else { return false }
            replaceSuffix(length: suffix.count, with: "u")
        case .ence:
            guard start >= p2 else { return false }
            replaceSuffix(length: suffix.count, with: "ente")
        case .ment:
            guard start >= pV else { return false }
            chars.removeLast(suffix.count)
        case .adverb:
            guard start >= p1 else { return false }
            chars.removeLast(suffix.count)
            removeAdverbPrefixSuffix()
        case .ity:
            guard start >= p2 else { return false }
            chars.removeLast(suffix.count)
            if let pre = longestSuffix(ItalianSuffixes.afterIty), end - pre.count >= p2 {
                chars.removeLast(pre.count)
            }
        case .ive:
            guard start >= p2 else { return false }
            chars.removeLast(suffix.count)
            if deleteIfInR2("at") { deleteIfInR2("ic") }
        }
        return true
    }

    /// After `amente`: `iv` (then `at`), `os`, `ic`, `abil`, each if in R2.
    private mutating func removeAdverbPrefixSuffix() {
        guard let pre = longestSuffix(ItalianSuffixes.afterAdverb), end - pre.count >= p2 else { return }
        chars.removeLast(pre.count)
        if pre.elementsEqual("iv".unicodeScalars) { deleteIfInR2("at") }
    }

    @discardableResult
    private mutating func deleteIfInR2(_ suffix: String) -> Bool {
        let s = Array(suffix.unicodeScalars)
        guard ends(with: s, limit: p2) else { return false }
        chars.removeLast(s.count)
        return true
    }

    /// Step 2: the longest verb ending inside RV.
    mutating func removeVerbSuffix() {
        guard let suffix = longestSuffix(ItalianSuffixes.verbs, limit: pV) else { return }
        chars.removeLast(suffix.count)
    }

    /// Step 3a: a final `a e i o à è ì ò` in RV, then an `i` before it in RV.
    /// Step 3b: a final `ch`/`gh` in RV loses its `h`.
    mutating func removeVowelSuffix() {
        if let last = chars.last, "aeioàèìò".unicodeScalars.contains(last), end - 1 >= pV {
            chars.removeLast()
            if chars.last == "i", end - 1 >= pV { chars.removeLast() }
        }
        if chars.count >= 2, chars[end - 1] == "h", chars[end - 2] == "c" || chars[end - 2] == "g",
           end - 2 >= pV {
            chars.removeLast()
        }
    }
}
