/// `/accessibilita`: the accessibility statement, following the structure of the AgID model
/// (conformance status, non-accessible content, how the statement was prepared, feedback,
/// enforcement procedure). Honest about the known gaps.
struct AccessibilityStatementView: Sendable {
    let layout: LayoutView
    /// Where accessibility reports go (`vetrina serve --accessibility-email`); nil says so plainly.
    let contactEmail: String?

    func render() -> HTML {
        let meta = PageMetadata(
            title: "Dichiarazione di accessibilità",
            description: "Stato di conformità del portale alla norma WCAG 2.1 AA, contenuti non accessibili e come segnalarci un problema.",
            canonicalPath: "/accessibilita",
            breadcrumb: [BreadcrumbItem("Home", path: "/"), BreadcrumbItem("Dichiarazione di accessibilità")])
        return layout.render(meta, content: """
        <h1>Dichiarazione di accessibilità</h1>
        <p class="lead">Vetrina Welfare si impegna a rendere il proprio sito accessibile, secondo la Legge 4/2004 \
        e le Linee guida AgID sull'accessibilità degli strumenti informatici. Questa dichiarazione segue la struttura \
        del modello AgID.</p>
        <section aria-labelledby="conformita"><h2 id="conformita">Stato di conformità</h2>
        <p>Il sito è <strong>parzialmente conforme</strong> ai requisiti della norma UNI CEI EN 301549 e alle \
        WCAG 2.1 livello AA, per i contenuti non accessibili elencati qui sotto.</p>
        </section>
        <section aria-labelledby="non-accessibili"><h2 id="non-accessibili">Contenuti non accessibili</h2>
        <ul>
        <li>Il sito è disponibile solo in italiano: la versione in inglese e in altre lingue non è ancora disponibile.</li>
        <li>Le schede dei servizi sono scritte dagli enti: alcune descrizioni possono contenere testi lunghi o \
        termini tecnici non ancora semplificati.</li>
        <li>I documenti allegati o collegati su siti esterni degli enti non sono sotto il nostro controllo e \
        possono non essere accessibili.</li>
        <li>I controlli automatici non coprono tutti i criteri: la verifica manuale con lettori di schermo è \
        ancora parziale.</li>
        </ul>
        </section>
        <section aria-labelledby="redazione"><h2 id="redazione">Redazione della dichiarazione</h2>
        <p>La dichiarazione è stata redatta con un'autovalutazione. Metodo: a ogni modifica del codice le pagine \
        pubbliche sono controllate in automatico con <strong>axe-core 4.12</strong> (regole WCAG 2.1 A e AA) e con \
        il validatore HTML <strong>Nu checker</strong>, all'interno dei test del progetto (<code>make test</code>); \
        il sito funziona senza JavaScript e su schermi piccoli.</p>
        </section>
        <section aria-labelledby="feedback-accessibilita"><h2 id="feedback-accessibilita">Meccanismo di feedback</h2>
        \(feedbackContact())
        </section>
        <section aria-labelledby="attuazione"><h2 id="attuazione">Procedura di attuazione</h2>
        <p>Se la risposta non arriva entro 30 giorni o non è soddisfacente, puoi presentare una segnalazione \
        al Difensore civico per il digitale presso AgID: https://form.agid.gov.it/</p>
        </section>
        """)
    }

    /// The feedback paragraph: the configured address, or an honest note and the card forms.
    func feedbackContact() -> HTML {
        guard let email = contactEmail, let mailto = SafeURL.email(email) else {
            return """
            <p>Il gestore di questo portale non ha ancora indicato l'indirizzo di posta per le segnalazioni \
            sull'accessibilità. Nel frattempo puoi usare il modulo «Segnala un errore» in fondo a ogni scheda: \
            la segnalazione arriva alla redazione.</p>
            """
        }
        return """
        <p>Se trovi un contenuto non accessibile o vuoi ricevere un'informazione in un formato accessibile, \
        scrivi a <a href="\(mailto)">\(email)</a>: rispondiamo entro 30 giorni.</p>
        """
    }
}
