/// Italian names of the languages a service may be offered in (ISO 639-1 codes).
enum LanguageNames {
    static let names: [String: String] = [
        "it": "italiano", "en": "inglese", "fr": "francese", "de": "tedesco", "es": "spagnolo",
        "ar": "arabo", "ro": "rumeno", "sq": "albanese", "zh": "cinese", "uk": "ucraino",
        "ru": "russo", "pt": "portoghese", "oc": "occitano", "pms": "piemontese", "lis": "LIS (lingua dei segni)",
    ]

    /// The Italian name, or the code itself when unknown.
    static func italianName(_ code: String) -> String { names[code.lowercased()] ?? code }
}
