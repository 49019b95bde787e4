import Catalog

/// "Richiedi informazioni" (`/imprese/piano/richiesta`): one form for the providers of the
/// shortlisted services, and the page after sending.
struct ContactRequestView: Sendable {
    let layout: LayoutView
    let entries: [WelfarePlanEntry]
    let form: ContactRequestForm
    let token: String

    func render() -> HTML {
        let e = ErrorSummaryView(errors: form.errors)
        let meta = PageMetadata(
            title: "Richiedi informazioni agli enti",
            breadcrumb: [BreadcrumbItem("Home", path: "/"), BreadcrumbItem("Per le imprese", path: "/imprese"),
                         BreadcrumbItem("Il mio piano welfare", path: "/imprese/piano"), BreadcrumbItem("Richiedi informazioni")],
            hasErrors: !form.errors.isEmpty, noIndex: true)
        guard !entries.isEmpty else {
            return layout.render(meta, content: """
            <h1>Richiedi informazioni agli enti</h1>
            <div class="notice" role="note"><p>Il tuo piano è vuoto: prima <a href="/imprese">scegli i servizi</a> \
            e premi «Aggiungi al piano».</p></div>
            """)
        }
        return layout.render(meta, content: """
        \(e.render())<h1>Richiedi informazioni agli enti</h1>
        <p class="lead">Mandiamo la tua richiesta \(recipients()). Ti risponderanno direttamente.</p>
        \(serviceList())<form method="post" action="/imprese/piano/richiesta" novalidate>
        \(AdminForm.csrf(token))\(fields(e))\(privacy(e))
        <button type="submit" class="button">Invia la richiesta</button>
        </form>
        """)
    }

    func recipients() -> String {
        let names = Array(Set(entries.map(\.organizationName))).sorted()
        return names.count == 1 ? "all'ente \(names[0])" : "ai \(names.count) enti che offrono i servizi scelti: \(ItalianText.list(names))"
    }

    func serviceList() -> HTML {
        let items: [HTML] = entries.map { "<li>\($0.title) — \($0.organizationName)</li>" }
        return "<h2>Servizi</h2>\n<ul>\(items)</ul>\n"
    }

    func fields(_ e: ErrorSummaryView) -> HTML {
        let d = form.draft
        let bands = [(value: "", label: "Scegli")] + FirmSizeBand.allCases.map { (value: $0.rawValue, label: $0.label) }
        return """
        \(AdminForm.input("firm_name", label: "Nome dell'impresa", value: d.firmName, errors: e, autocomplete: "organization"))\
        \(AdminForm.select("size_band", label: "Quante persone lavorano nell'impresa", options: bands, selected: d.sizeBand?.rawValue ?? "", errors: e))\
        \(AdminForm.input("comune", label: "Comune della sede", value: form.comuneText, hint: "Il nome del comune o il CAP.", errors: e))\
        \(AdminForm.input("contact_name", label: "Persona da contattare", value: d.contactName, errors: e, autocomplete: "name"))\
        \(AdminForm.input("contact_email", label: "E-mail", value: d.contactEmail, type: "email", errors: e, autocomplete: "email"))\
        \(AdminForm.input("contact_phone", label: "Telefono (facoltativo)", value: d.contactPhone, type: "tel", errors: e, autocomplete: "tel"))\
        \(AdminForm.textarea("message", label: "Che cosa vuoi sapere", value: d.message, hint: "Per esempio: costi per 12 dipendenti, tempi di attivazione, se accettate voucher welfare.", rows: 6, errors: e))
        """
    }

    func privacy(_ e: ErrorSummaryView) -> HTML {
        let message = e.message(for: "consent")
        return """
        <div class="field\(HTML.when(!message.isEmpty, " field-with-error"))"><fieldset\(HTML.when(!message.isEmpty, " aria-describedby=\"consent-errore\""))>
        <legend>Privacy</legend>
        <p class="hint">Usiamo questi dati solo per inoltrare la richiesta agli enti scelti, che li useranno per risponderti. \
        Li conserviamo finché gli enti chiudono la richiesta e comunque non oltre 12 mesi; puoi chiederne la cancellazione \
        scrivendo al gestore del portale.</p>\(message)
        <div class="choice"><input type="checkbox" id="consent" name="consent" value="1"\(HTML.when(form.draft.consent, " checked"))>\
        <label for="consent">Ho letto l'informativa e accetto che i miei dati siano inviati agli enti</label></div>
        </fieldset></div>

        """
    }
}

/// The page after a request was sent (`/imprese/piano/richiesta/inviata`).
struct ContactRequestSentView: Sendable {
    let layout: LayoutView
    let providerCount: Int

    func render() -> HTML {
        let meta = PageMetadata(title: "Richiesta inviata", breadcrumb: [BreadcrumbItem("Home", path: "/"),
                                BreadcrumbItem("Il mio piano welfare", path: "/imprese/piano"), BreadcrumbItem("Richiesta inviata")],
                                noIndex: true)
        let count = ItalianText.count(providerCount, one: "ente", many: "enti")
        return layout.render(meta, content: """
        <h1>Richiesta inviata</h1>
        <div class="notice notice-ok" role="status"><p>Abbiamo inoltrato la tua richiesta a \(count). \
        Ti risponderanno all'indirizzo e-mail che hai indicato.</p></div>
        <p><a href="/imprese/piano">Torna al tuo piano welfare</a></p>
        """)
    }
}
