/// Consistency checks between related fields: costs, validity dates, age limits.
enum RangeRules {
    /// Cost consistency (amounts in euro cents): no negative amounts; a free service has no
    /// amounts; the minimum does not exceed the maximum. Errors point at the amount fields.
    static func cost(isFree: Bool, minCents: Int?, maxCents: Int?,
                            minField: String = "cost_min", maxField: String = "cost_max") -> [FieldError] {
        var errors: [FieldError] = []
        if let minCents, minCents < 0 {
            errors.append(FieldError(field: minField, message: "L'importo non può essere negativo"))
        }
        if let maxCents, maxCents < 0 {
            errors.append(FieldError(field: maxField, message: "L'importo non può essere negativo"))
        }
        if isFree, minCents != nil || maxCents != nil {
            errors.append(FieldError(field: minCents != nil ? minField : maxField, message:
                "Un servizio gratuito non ha importi: togli gli importi oppure cambia il tipo di costo"))
        }
        if let minCents, let maxCents, minCents >= 0, maxCents >= 0, minCents > maxCents {
            errors.append(FieldError(field: maxField, message:
                "L'importo massimo non può essere inferiore all'importo minimo"))
        }
        return errors
    }

    /// Error when both dates are present and the end comes before the start.
    /// Works with any ordered date value (`Date`, ISO-8601 "YYYY-MM-DD" strings).
    static func dateOrder<D: Comparable>(from: D?, to: D?, toField: String = "valid_to") -> FieldError? {
        guard let from, let to, to < from else { return nil }
        return FieldError(field: toField, message: "La data di fine non può essere precedente alla data di inizio")
    }

    /// Errors for age limits outside 0–120 or a minimum above the maximum.
    static func ageRange(min: Int?, max: Int?, minField: String = "age_min",
                                maxField: String = "age_max") -> [FieldError] {
        var errors: [FieldError] = []
        let plausible = 0...120
        if let min, !plausible.contains(min) {
            errors.append(FieldError(field: minField, message: "L'età minima deve essere tra 0 e 120 anni"))
        }
        if let max, !plausible.contains(max) {
            errors.append(FieldError(field: maxField, message: "L'età massima deve essere tra 0 e 120 anni"))
        }
        if let min, let max, plausible.contains(min), plausible.contains(max), min > max {
            errors.append(FieldError(field: maxField, message: "L'età massima non può essere inferiore all'età minima"))
        }
        return errors
    }
}
