import Catalog
import Storage

/// `/osservatorio`: what people look for, where, and where nothing answers, in plain Italian.
/// Every chart is server-rendered SVG with a text alternative and its data table; counts
/// under k are suppressed. The operators' version (`forOperators`) adds the words that
/// found nothing.
struct ObservatoryView: Sendable {
    let layout: LayoutView
    let report: ObservatoryReport
    let parameters: ObservatoryParameters
    let provinces: [Province]
    let anonymity: KAnonymity
    var forOperators = false

    var tables: ObservatoryTables {
        ObservatoryTables(report: report, anonymity: anonymity, suppressed: suppressed,
                          unitHeader: parameters.province == nil ? "Provincia" : "Comune o area",
                          listsSupplyWithoutSearches: parameters.province == nil)
    }

    var suppressed: String { "meno di \(anonymity.k)" }
    var path: String { forOperators ? "/admin/osservatorio" : "/osservatorio" }

    func content() -> HTML {
        let t = tables
        let place = parameters.province.map { "in provincia di \($0.name)" } ?? "in tutto il Piemonte"
        return """
        <h1>Osservatorio dei bisogni</h1>
        <p class="lead">Che cosa cercano le persone su questo portale, dove, e dove non trovano risposta. \
        I numeri servono a chi organizza i servizi per capire dove mancano.</p>
        <p>Contiamo le ricerche in forma anonima: non registriamo chi cerca né da dove si collega, \
        e non conserviamo le frasi scritte. I numeri da 1 a \(anonymity.k - 1) non sono mostrati \
        («\(suppressed)»), così nessuno può essere riconosciuto.</p>
        \(filters())
        <p class="summary" role="status">\(t.count(report.totalSearches)) ricerche \(place) \
        (\(ObservatoryParameters.periods[parameters.days]?.lowercased() ?? "")), di cui \
        \(t.count(report.totalZeroResults)) senza alcun risultato.</p>
        \(section("bisogni", "Che cosa si cerca", BarChartView(id: "grafico-bisogni", title: "Ricerche per bisogno", rows: report.needs.prefix(20).map {
            .init(label: $0.label, value: anonymity.shown($0.searches)) }, unit: "ricerche", suppressedText: suppressed).render(), t.needs()))
        \(section("tempo", "Nel tempo", BarChartView(id: "grafico-tempo", title: "Ricerche nel tempo", rows: report.timeline.suffix(20).map {
            .init(label: periodLabel($0.period), value: anonymity.shown($0.searches)) }, unit: "ricerche", suppressedText: suppressed).render(), t.timeline()))
        \(section("territori", "Dove si cerca", BarChartView(id: "grafico-territori", title: "Ricerche per territorio", rows: report.units.prefix(20).map {
            .init(label: $0.name, value: anonymity.shown($0.searches)) }, unit: "ricerche", suppressedText: suppressed).render(), t.territories()))
        \(section("senza-risultati", "Dove non si trova risposta", heatmap(), t.zeroResults()))
        \(section("offerta", "Offerta e domanda", supplyChart(), t.supply()))
        \(forOperators ? words() : HTML())\(downloads())
        """
    }

    func render() -> HTML {
        let meta = PageMetadata(
            title: "Osservatorio dei bisogni",
            description: "Che cosa cercano le persone, dove, e dove non trovano risposta: dati anonimi e aggregati.",
            canonicalPath: forOperators ? nil : "/osservatorio",
            breadcrumb: [BreadcrumbItem("Home", path: "/"), BreadcrumbItem("Osservatorio dei bisogni")],
            noIndex: !parameters.query.pairs.isEmpty)
        return layout.render(meta, content: content())
    }

    func periodLabel(_ period: String) -> String {
        if let day = CalendarDay(iso: period) { return ItalianDate.long(day) }
        let parts = period.split(separator: "-")
        guard parts.count == 2, let month = Int(parts[1]), (1...12).contains(month) else { return period }
        return "\(ItalianDate.months[month - 1]) \(parts[0])"
    }

    func filters() -> HTML {
        let periods: [HTML] = ObservatoryParameters.periods.keys.sorted().map { days in
            "<option value=\"\(days)\"\(days == parameters.days ? " selected" : "")>\(ObservatoryParameters.periods[days] ?? "")</option>"
        }
        let options: [HTML] = provinces.map { p in
            "<option value=\"\(p.code.lowercased())\"\(p.id == parameters.province?.id ? " selected" : "")>\(p.name)</option>"
        }
        let reset: HTML = parameters.query.pairs.isEmpty ? HTML() : " <a href=\"\(path)\">Togli i filtri</a>"
        return """
        <form class="panel filters-inline" action="\(path)" method="get">
        <div class="field"><label for="oss-periodo">Periodo</label>
        <select id="oss-periodo" name="periodo">\(periods)</select></div>
        <div class="field"><label for="oss-provincia">Territorio</label>
        <select id="oss-provincia" name="provincia"><option value="">Tutto il Piemonte</option>\(options)</select></div>
        <button type="submit" class="button">Applica filtri</button>\(reset)
        </form>

        """
    }

    func section(_ id: String, _ heading: String, _ chart: HTML, _ table: ObservatoryTable) -> HTML {
        """
        <section class="observatory-section" aria-labelledby="sez-\(id)">
        <h2 id="sez-\(id)">\(heading)</h2>
        \(chart)\(DataTableView(table: table).render())</section>

        """
    }

    func heatmap() -> HTML {
        let zero = report.cells.filter { $0.zeroResults > 0 }
        let needs = Array(Set(zero.map(\.needCode))).sorted { tables.needLabel($0) < tables.needLabel($1) }
        let units = Array(Set(zero.map(\.unitId))).sorted { tables.unitName($0) < tables.unitName($1) }.prefix(12).map { $0 }
        let cells = zero.compactMap { cell -> HeatmapView.Cell? in
            guard let row = needs.firstIndex(of: cell.needCode), let column = units.firstIndex(of: cell.unitId) else { return nil }
            return .init(row: row, column: column, value: anonymity.shown(cell.zeroResults))
        }
        return HeatmapView(id: "mappa-senza-risultati", title: "Ricerche senza risultati per bisogno e territorio",
                           rowLabels: needs.map(tables.needLabel), columnLabels: units.map(tables.unitName),
                           cells: cells, suppressedText: suppressed).render()
    }

    func supplyChart() -> HTML {
        var cards: [String: Int] = [:]
        for cell in report.cells { cards[cell.needCode, default: 0] += cell.cards }
        let codes = Set(cards.keys).union(report.needs.map(\.code))
        let rows = codes.sorted { tables.needLabel($0) < tables.needLabel($1) }.map { code in
            BarChartView.Row(label: tables.needLabel(code),
                             value: anonymity.shown(report.needs.first { $0.code == code }?.searches ?? 0),
                             second: cards[code] ?? 0)
        }
        return BarChartView(id: "grafico-offerta", title: "Ricerche e schede pubblicate per bisogno", rows: rows,
                            unit: "ricerche", secondUnit: "schede che servono i territori (somma per territorio)",
                            suppressedText: suppressed).render()
    }

    func words() -> HTML {
        let rows: [[String]] = report.wordsWithoutResults.map { [$0.term, String($0.zeroResults), String($0.searches)] }
        let table = ObservatoryTable(id: "parole", title: "Parole cercate che non hanno trovato nulla",
                                     headers: ["Parola", "Ricerche senza risultati", "Ricerche"], rows: rows)
        return """
        <section class="observatory-section" aria-labelledby="sez-parole">
        <h2 id="sez-parole">Parole cercate senza risultati</h2>
        <p>Solo parole note (presenti nelle schede) o scritte in almeno \(anonymity.k) ricerche dello stesso giorno; \
        utili per aggiungere sinonimi o servizi mancanti. Visibile solo agli operatori.</p>
        \(rows.isEmpty ? "<p class=\"meta\">Nessuna parola nel periodo scelto.</p>" as HTML : DataTableView(table: table, open: true).render())</section>

        """
    }

    func downloads() -> HTML {
        let links: [HTML] = ObservatoryTables.ids.compactMap { id in
            guard let table = tables.table(id) else { return nil }
            var q = parameters.query
            q.add("tabella", id)
            return "<li><a href=\"\(q.url("/osservatorio/dati.csv"))\" download>\(table.title) (CSV)</a></li>"
        }
        return """
        <section class="observatory-section" aria-labelledby="sez-dati">
        <h2 id="sez-dati">Scarica i dati</h2>
        <p>Gli stessi numeri delle tabelle, con gli stessi filtri, in file CSV (separatore punto e virgola).</p>
        <ul>\(links)</ul>
        </section>
        """
    }
}

/// A data table for a chart, in a disclosure so long tables do not bury the page.
struct DataTableView: Sendable {
    let table: ObservatoryTable
    var open = false

    func render() -> HTML {
        let head: [HTML] = table.headers.map { "<th scope=\"col\">\($0)</th>" }
        let body: [HTML] = table.rows.map { row in
            let cells: [HTML] = row.enumerated().map { $0.offset == 0 ? "<th scope=\"row\">\($0.element)</th>" : "<td>\($0.element)</td>" }
            return "<tr>\(cells)</tr>\n"
        }
        let content: HTML = table.rows.isEmpty ? "<p class=\"meta\">Nessun dato nel periodo scelto.</p>\n" : """
            <div class="table-scroll"><table class="data-table">
            <caption>\(table.title)</caption>
            <thead><tr>\(head)</tr></thead>
            <tbody>
            \(body)</tbody>
            </table></div>

            """
        return """
        <details class="data-details"\(open ? " open" : "")>
        <summary>Tabella dei dati: \(table.title.lowercased())</summary>
        \(content)</details>

        """
    }
}
