import Catalog

/// One aggregate as a table: the same rows feed the page's data tables and the CSV files,
/// with small cells already suppressed.
struct ObservatoryTable: Sendable {
    let id: String
    let title: String
    let headers: [String]
    let rows: [[String]]
}

/// Builds every aggregate of a report as a table. `suppressed` is what a suppressed cell
/// reads ("meno di 5" on the page, "<5" in CSV).
struct ObservatoryTables: Sendable {
    static let ids = ["bisogni", "territori", "tempo", "senza-risultati", "offerta"]

    let report: ObservatoryReport
    let anonymity: KAnonymity
    let suppressed: String
    let unitHeader: String
    /// Whether supply rows are listed for units nobody searched (provinces: yes; comuni: too many).
    let listsSupplyWithoutSearches: Bool

    func count(_ n: Int) -> String { anonymity.shown(n).map(String.init) ?? suppressed }

    func table(_ id: String) -> ObservatoryTable? {
        switch id {
        case "bisogni": needs()
        case "territori": territories()
        case "tempo": timeline()
        case "senza-risultati": zeroResults()
        case "offerta": supply()
        default: nil
        }
    }

    func needs() -> ObservatoryTable {
        ObservatoryTable(id: "bisogni", title: "Ricerche per bisogno", headers: ["Bisogno", "Ricerche", "Senza risultati"],
                         rows: report.needs.map { [$0.label, count($0.searches), count($0.zeroResults)] })
    }

    func territories() -> ObservatoryTable {
        ObservatoryTable(id: "territori", title: "Ricerche per territorio", headers: [unitHeader, "Ricerche", "Senza risultati"],
                         rows: report.units.map { [$0.name, count($0.searches), count($0.zeroResults)] })
    }

    func timeline() -> ObservatoryTable {
        ObservatoryTable(id: "tempo", title: "Ricerche nel tempo", headers: ["Periodo", "Ricerche", "Senza risultati"],
                         rows: report.timeline.map { [$0.period, count($0.searches), count($0.zeroResults)] })
    }

    func zeroResults() -> ObservatoryTable {
        let rows = report.cells.filter { $0.zeroResults > 0 }.sorted { $0.zeroResults > $1.zeroResults }
        return ObservatoryTable(id: "senza-risultati", title: "Dove non si trova risposta",
                                headers: ["Bisogno", unitHeader, "Ricerche senza risultati", "Ricerche"],
                                rows: rows.map { [needLabel($0.needCode), unitName($0.unitId), count($0.zeroResults), count($0.searches)] })
    }

    func supply() -> ObservatoryTable {
        let rows = report.cells.filter { $0.searches > 0 || (listsSupplyWithoutSearches && $0.cards > 0) }
            .sorted { (needLabel($0.needCode), unitName($0.unitId)) < (needLabel($1.needCode), unitName($1.unitId)) }
        return ObservatoryTable(id: "offerta", title: "Offerta e domanda", headers: ["Bisogno", unitHeader, "Schede pubblicate", "Ricerche"],
                                rows: rows.map { [needLabel($0.needCode), unitName($0.unitId), String($0.cards), count($0.searches)] })
    }

    func needLabel(_ code: String) -> String { report.needLabels[code] ?? code }

    func unitName(_ id: Int64) -> String { report.unitNames[id] ?? "?" }
}
