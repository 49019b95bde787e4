import Catalog
import Foundation

/// The import page (template, columns, upload) and the report of a dry run or commit, listing
/// every problem with its line, column and reason.
struct AdminImportView: Sendable {
    let page: AdminPageView

    func form(context: AdminContext, errors: [FieldError]) -> HTML {
        let summary = ErrorSummaryView(errors: errors)
        let columns: [HTML] = ServiceCSVColumn.all.map { column in
            "<tr><td><code>\(column.name)</code></td><td>\(column.isRequired ? "sì" : "no")</td><td>\(column.help)</td></tr>"
        }
        let content: HTML = """
        <h1>Importa schede da CSV</h1>
        <p>Scarica il <a href="/admin/importa/modello.csv">modello CSV</a>, compilalo con un foglio di calcolo e salvalo come \
        «CSV UTF-8» (con punto e virgola o virgola come separatore). Prima dell'importazione vedrai l'esito di una prova: \
        ogni riga con problemi viene indicata con il numero di riga, la colonna e il motivo. Se anche una sola riga ha problemi \
        non viene scritto nulla. Reimportando lo stesso file le schede vengono aggiornate, non duplicate (conta la colonna \
        <code>id_esterno</code>).</p>
        <form method="post" action="/admin/importa" enctype="multipart/form-data" novalidate>
        \(AdminForm.csrf(context.csrfToken))
        <div class="field\(HTML.when(!summary.message(for: "file").isEmpty, " field-with-error"))">
        <label for="file">File CSV</label>\(summary.message(for: "file"))<input type="file" id="file" name="file" accept=".csv,text/csv"\(AdminForm.invalid(!summary.message(for: "file").isEmpty))>
        </div>
        <button type="submit" class="button">Prova l'importazione</button>
        </form>
        <h2>Colonne</h2>
        <div class="table-wrap" tabindex="0" role="region" aria-label="Tabella: colonne del file"><table><thead><tr><th scope="col">Colonna</th><th scope="col">Obbligatoria</th><th scope="col">Contenuto</th></tr></thead>
        <tbody>\(columns)</tbody></table></div>
        """
        return page.render(title: "Importa CSV", user: context, errors: errors, content: content)
    }

    func report(_ report: ImportReport, payload: String?, filename: String, context: AdminContext) -> HTML {
        let problems: [HTML] = report.problems.map {
            "<tr><td>\($0.line)</td><td><code>\($0.column)</code></td><td>\($0.reason)</td></tr>"
        }
        let outcome: HTML
        if report.committed {
            outcome = "<div class=\"notice notice-ok\" role=\"status\"><p>Importazione completata: \(report.created) schede create, \(report.updated) aggiornate.</p></div>"
        } else if report.problems.isEmpty, let payload {
            outcome = """
            <div class="notice notice-ok" role="status"><p>Prova riuscita\(filename.isEmpty ? "" : " per «\(filename)»"): \
            \(report.created) schede da creare, \(report.updated) da aggiornare. Nulla è stato ancora scritto.</p></div>
            <form method="post" action="/admin/importa/conferma">\(AdminForm.csrf(context.csrfToken))\(AdminForm.hidden("csv", payload))\
            <button type="submit" class="button">Conferma l'importazione</button></form>
            """
        } else {
            outcome = """
            <div class="error-summary" role="alert" tabindex="-1"><h2>C'è un problema</h2>
            <p>\(report.problemCount == 1 ? "1 problema" : "\(report.problemCount) problemi") nel file: non è stato scritto nulla. \
            Correggi il file e riprova.</p></div>
            \(HTML.when(report.problemCount > report.problems.count, "<p>Qui sotto i primi \(String(report.problems.count)) problemi: correggili e riprova per vedere i successivi.</p>"))
            <div class="table-wrap" tabindex="0" role="region" aria-label="Tabella: problemi trovati"><table><caption>Problemi trovati</caption>
            <thead><tr><th scope="col">Riga</th><th scope="col">Colonna</th><th scope="col">Motivo</th></tr></thead>
            <tbody>\(problems)</tbody></table></div>
            """
        }
        let content: HTML = """
        <h1>Esito dell'importazione</h1>
        <p>Righe lette: \(report.rowCount).</p>
        \(outcome)
        <p><a href="/admin/importa">Importa un altro file</a> · <a href="/admin/schede">Vai alle schede</a></p>
        """
        return page.render(title: "Esito dell'importazione", user: context, errors: [], content: content)
            .withErrorTitle(!report.problems.isEmpty)
    }
}

extension HTML {
    /// Prefixes the document title with "Errore: " (the import report has its own problem list).
    func withErrorTitle(_ flag: Bool) -> HTML {
        guard flag else { return self }
        return HTML(unsafeRaw: rendered.replacingOccurrences(of: "<title>", with: "<title>Errore: ", options: [], range: rendered.range(of: "<title>")))
    }
}
