import Foundation

/// Field-level checks on free text. Each returns nil when the value is acceptable.
/// Lengths count user-perceived characters (`Character`), so "è" or an emoji is one.
enum TextRules {
    /// The value after trimming spaces and newlines; nil when nothing is left.
    static func trimmed(_ value: String?) -> String? {
        guard let t = value?.trimmingWhiteSpace(), !t.isEmpty else { return nil }
        return t
    }

    /// Error `message` when the value is missing or blank.
    static func required(_ value: String?, field: String, message: String) -> FieldError? {
        trimmed(value) == nil ? FieldError(field: field, message: message) : nil
    }

    /// Error when the trimmed value is longer than `max` characters. `label` starts the
    /// sentence: "Il titolo" → "Il titolo può avere al massimo 120 caratteri".
    static func maxLength(_ value: String?, max: Int, field: String, label: String) -> FieldError? {
        guard let t = trimmed(value), t.count > max else { return nil }
        return FieldError(field: field, message: "\(label) può avere al massimo \(max) caratteri (ora sono \(t.count))")
    }

    /// Error when the trimmed value is present but shorter than `min` characters.
    static func minLength(_ value: String?, min: Int, field: String, label: String) -> FieldError? {
        guard let t = trimmed(value), t.count < min else { return nil }
        return FieldError(field: field, message: "\(label) deve avere almeno \(min) caratteri")
    }

    /// Error when a slug is not lower-case ASCII letters and digits joined by single
    /// hyphens ("assistenza-domiciliare-torino"), or longer than `max`.
    static func slug(_ value: String?, field: String = "slug", max: Int = 120) -> FieldError? {
        guard let t = trimmed(value) else { return nil }
        let parts = t.split(separator: "-", omittingEmptySubsequences: false)
        let wellFormed = t.count <= max && parts.allSatisfy { part in
            !part.isEmpty && part.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
        }
        return wellFormed ? nil : FieldError(field: field, message:
            "L'indirizzo breve può contenere solo lettere minuscole senza accenti, numeri e trattini (ad esempio assistenza-domiciliare-torino), al massimo \(max) caratteri")
    }
}
