import Foundation

/// Turns CSV records into service drafts (pure: all lookups come from an `ImportVocabulary`).
/// Every bad cell of every row is reported; rows with problems are left out of `rows`.
struct ServiceCSVMapper: Sendable {
    let vocabulary: ImportVocabulary
    let validator = ServiceValidator()

    init(vocabulary: ImportVocabulary) { self.vocabulary = vocabulary }

    /// The CSV column for a `ServiceValidator` field id.
    static func column(for field: String) -> String {
        if field.hasPrefix("location_") { return "sede_comune_istat" }
        return validatorColumns[field] ?? field
    }

    static let validatorColumns: [String: String] = [
        "organization_id": "ente", "title": "titolo", "summary": "descrizione_breve", "description": "contenuti",
        "service_type": "tipo_servizio", "needs": "bisogni", "audience": "a_chi_si_rivolge", "how_to_access": "come_fare",
        "required_documents": "cosa_serve", "outcome": "cosa_si_ottiene", "times_and_deadlines": "tempi_scadenze",
        "conditions": "condizioni", "age_min": "eta_min", "age_max": "eta_max", "languages": "lingue",
        "accessibility_notes": "accessibilita", "cost_kind": "costo_tipo", "cost_min": "costo_min_euro",
        "cost_max": "costo_max_euro", "cost_unit": "costo_unita", "cost_notes": "costo_note",
        "welfare_notes": "note_welfare", "welfare_firm_steps": "welfare_impresa", "contact_phone": "telefono", "contact_email": "email",
        "contact_website": "sito", "locations": "sede_comune_istat", "territories": "territorio",
        "valid_from": "valido_dal", "valid_to": "valido_al", "archive_reason": "motivo_archiviazione", "slug": "titolo",
    ]

    /// Maps the whole table. Header problems (missing required columns, unknown or repeated
    /// columns) are reported on line 1 and stop the mapping.
    func map(_ table: CSVTable) -> (rows: [ImportRow], problems: [ImportProblem]) {
        let headerProblems = checkHeader(table.header)
        guard headerProblems.isEmpty else { return ([], headerProblems) }
        let index = Self.columnIndex(table.header)
        var rows: [ImportRow] = [], problems: [ImportProblem] = [], seen: [String: Int] = [:]
        for record in table.records {
            let mapped = map(record, columnIndex: index, columnCount: table.header.count, seen: &seen)
            problems += mapped.problems
            if let row = mapped.row { rows.append(row) }
        }
        return (rows, problems)
    }

    /// Header name (lowercased) → field position.
    static func columnIndex(_ header: [String]) -> [String: Int] {
        var index: [String: Int] = [:]
        for (i, name) in header.enumerated() { index[name.lowercased()] = i }
        return index
    }

    /// Maps one record: the row when it is clean, and its problems. `seen` (external id →
    /// line) carries across records to catch ids repeated in one file. `validating: false` skips
    /// the `ServiceValidator` pass when the caller's writer validates anyway (a file already checked).
    func map(_ record: CSVRecord, columnIndex index: [String: Int], columnCount: Int,
                    seen: inout [String: Int], validating: Bool = true) -> (row: ImportRow?, problems: [ImportProblem]) {
        var reader = CSVRowReader(record: record, columnIndex: index)
        if record.fields.count > columnCount {
            reader.problem("riga", "La riga ha \(record.fields.count) campi, l'intestazione \(columnCount).")
        }
        let draft = mapRow(&reader)
        for error in (validating ? validator.validate(draft) : []) where !reader.problems.contains(where: { $0.column == Self.column(for: error.field) }) {
            reader.problem(Self.column(for: error.field), error.message + ".")
        }
        if let first = seen[draft.externalId ?? ""], let id = draft.externalId {
            reader.problem("id_esterno", "«\(id)» compare già alla riga \(first).")
        } else if let id = draft.externalId { seen[id] = record.line }
        guard reader.problems.isEmpty else { return (nil, reader.problems) }
        return (ImportRow(line: record.line, externalId: draft.externalId ?? "", draft: draft), [])
    }

    func checkHeader(_ header: [String]) -> [ImportProblem] {
        let names = header.map { $0.lowercased() }
        let known = Set(ServiceCSVColumn.all.map(\.name))
        var problems: [ImportProblem] = []
        for column in ServiceCSVColumn.all where column.isRequired && !names.contains(column.name) {
            problems.append(ImportProblem(line: 1, column: column.name, reason: "Colonna obbligatoria mancante."))
        }
        var seen = Set<String>()
        for name in names where !seen.insert(name).inserted {
            problems.append(ImportProblem(line: 1, column: name, reason: "Colonna ripetuta."))
        }
        for name in names where !known.contains(name) && !name.isEmpty {
            problems.append(ImportProblem(line: 1, column: name, reason: "Colonna sconosciuta: controlla il modello."))
        }
        return problems
    }
}
