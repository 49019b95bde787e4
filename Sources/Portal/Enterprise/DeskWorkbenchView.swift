import Catalog
import Foundation

/// `/admin/sportello`: the plan a desk operator is building for the citizen in front of them
/// (the services added with «Aggiungi al piano» from any search or card), a note per service,
/// the citizen's optional name, and the plans saved earlier.
struct DeskWorkbenchView: Sendable {
    let entries: [WelfarePlanEntry]
    let saved: [(plan: DeskPlan, titles: [String])]
    let csrf: String
    let lifetimeDays: Int
    var errors: [FieldError] = []

    func render() -> HTML {
        let e = ErrorSummaryView(errors: errors)
        return """
        <h1>Piano per il cittadino</h1>
        <p class="lead">Cerca i servizi nel portale (<a href="/cerca">ricerca</a>, <a href="/territori">territori</a>, schede) e premi \
        «Aggiungi al piano»: li trovi qui. Aggiungi una nota per ciascuno, poi stampa il piano o salvalo per mandarne il link.</p>
        \(entries.isEmpty ? "<div class=\"notice\" role=\"note\"><p>Il piano è vuoto.</p></div>\n" as HTML : form(e))\(savedList())
        """
    }

    func form(_ e: ErrorSummaryView) -> HTML {
        let notes: [HTML] = entries.map { entry in
            """
            <li class="plan-item"><h3><a href="\(SafeURL(path: "/servizi/\(entry.slug)"))">\(entry.title)</a></h3>\
            <p class="meta">\(entry.organizationName)</p>\
            \(AdminForm.textarea("nota_\(entry.serviceID)", label: "Nota per il cittadino su «\(entry.title)»", value: "", rows: 2, errors: e))\
            </li>
            """
        }
        return """
        <form method="post" action="/admin/sportello/piano">\(AdminForm.csrf(csrf))
        \(AdminForm.input("citizen_name", label: "Nome del cittadino (facoltativo)", value: "", hint: "Compare solo sul foglio stampato; viene conservato solo se salvi il piano.", errors: e))\
        <ol class="plan-list">\(notes)</ol>
        <p><button type="submit" name="azione" value="stampa" class="button">Prepara il foglio da stampare</button> \
        <button type="submit" name="azione" value="salva" class="button button-secondary">Salva e crea il link (\(lifetimeDays) giorni)</button></p>
        </form>
        <form method="post" action="/imprese/piano/svuota" class="inline-form"><input type="hidden" name="ritorno" value="/admin/sportello">\
        <button type="submit" class="button button-secondary">Svuota il piano per il prossimo cittadino</button></form>

        """
    }

    func savedList() -> HTML {
        guard !saved.isEmpty else { return HTML() }
        let rows: [HTML] = saved.map { entry in
            let p = entry.plan
            let name = p.citizenName.isEmpty ? "senza nome" : p.citizenName
            return """
            <tr><td>\(ItalianDate.long(Date(timeIntervalSince1970: TimeInterval(p.createdAt))))</td><td>\(name)</td>\
            <td>\(entry.titles.joined(separator: "; "))</td><td>\(ItalianDate.long(Date(timeIntervalSince1970: TimeInterval(p.expiresAt))))</td>\
            <td><form method="post" action="/admin/sportello/piani/\(String(p.id))/elimina">\(AdminForm.csrf(csrf))\
            <button type="submit" class="button button-secondary">Elimina<span class="visually-hidden"> il piano del \
            \(ItalianDate.long(Date(timeIntervalSince1970: TimeInterval(p.createdAt)))) (\(name))</span></button></form></td></tr>
            """
        }
        return """
        <h2>Piani salvati</h2>
        <p>I piani salvati si cancellano da soli alla scadenza. Il link si vede solo al momento del salvataggio.</p>
        <div class="table-wrap"><table><caption class="visually-hidden">Piani salvati da te</caption>
        <thead><tr><th scope="col">Salvato il</th><th scope="col">Cittadino</th><th scope="col">Servizi</th><th scope="col">Scade il</th><th scope="col">Azioni</th></tr></thead>
        <tbody>\(rows)</tbody></table></div>

        """
    }
}
