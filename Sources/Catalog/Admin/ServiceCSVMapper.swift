import Foundation

/// Turns CSV records into service drafts (pure: all lookups come from an `ImportVocabulary`).
/// Every bad cell of every row is reported; rows with problems are left out of `rows`.
public struct ServiceCSVMapper: Sendable {
    public let vocabulary: ImportVocabulary

    public init(vocabulary: ImportVocabulary) { self.vocabulary = vocabulary }

    /// Maps the whole table. Header problems (missing required columns, unknown or repeated
    /// columns) are reported on line 1 and stop the mapping.
    public func map(_ table: CSVTable) -> (rows: [ImportRow], problems: [ImportProblem]) {
        let headerProblems = checkHeader(table.header)
        guard headerProblems.isEmpty else { return ([], headerProblems) }
        var index: [String: Int] = [:]
        for (i, name) in table.header.enumerated() { index[name.lowercased()] = i }
        var rows: [ImportRow] = [], problems: [ImportProblem] = [], seen: [String: Int] = [:]
        for record in table.records {
            var reader = CSVRowReader(record: record, columnIndex: index)
            if record.fields.count > table.header.count {
                reader.problem("riga", "La riga ha \(record.fields.count) campi, l'intestazione \(table.header.count).")
            }
            let draft = mapRow(&reader)
            if let first = seen[draft.externalId ?? ""], let id = draft.externalId {
                reader.problem("id_esterno", "«\(id)» compare già alla riga \(first).")
            } else if let id = draft.externalId { seen[id] = record.line }
            problems += reader.problems
            if reader.problems.isEmpty { rows.append(ImportRow(line: record.line, externalId: draft.externalId ?? "", draft: draft)) }
        }
        return (rows, problems)
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
