/// Field errors for tax codes, with messages that say what to check.
enum TaxCodeRules {
    /// Error when a present codice fiscale is invalid (16-character personal or 11-digit).
    static func codiceFiscale(_ value: String?, field: String = "tax_code") -> FieldError? {
        guard let t = TextRules.trimmed(value), let problem = CodiceFiscale.problem(with: t) else { return nil }
        switch problem {
        case .wrongLength:
            return FieldError(field: field, message:
                "Il codice fiscale deve avere 16 caratteri (persone) oppure 11 cifre (enti e imprese)")
        case .malformed:
            return FieldError(field: field, message:
                "Il codice fiscale non è valido: controlla lettere e cifre, il mese e il giorno di nascita")
        case .wrongCheckCharacter:
            return FieldError(field: field, message:
                "Il codice fiscale non è valido: controlla il carattere di controllo")
        }
    }

    /// Error when a present partita IVA is not 11 digits or has a wrong check digit.
    static func partitaIVA(_ value: String?, field: String = "vat_number") -> FieldError? {
        guard let t = TextRules.trimmed(value), !PartitaIVA.isValid(t) else { return nil }
        if PartitaIVA.normalized(t) == nil {
            return FieldError(field: field, message: "La partita IVA deve avere 11 cifre")
        }
        return FieldError(field: field, message: "La partita IVA non è valida: controlla l'ultima cifra (cifra di controllo)")
    }
}
