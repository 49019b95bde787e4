/// Italian names of languages (ISO 639-1 codes, plus `pms` and `lis`): the languages a service
/// is offered in, and those its texts are translated into.
public enum LanguageNames {
    static let names: [String: String] = [
        "it": "italiano", "en": "inglese", "fr": "francese", "de": "tedesco", "es": "spagnolo",
        "ar": "arabo", "ro": "rumeno", "sq": "albanese", "zh": "cinese", "uk": "ucraino",
        "ru": "russo", "pt": "portoghese", "oc": "occitano", "pms": "piemontese", "lis": "LIS (lingua dei segni)",
    ]

    /// The Italian name, or the code itself when unknown.
    public static func italianName(_ code: String) -> String { names[code.lowercased()] ?? code }
}
