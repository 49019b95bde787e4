/// `/note-legali`: licence of the data (CC BY 4.0 with the attribution to use), notes on code
/// and content, and the demo data disclaimer.
struct LegalNotesView: Sendable {
    let layout: LayoutView

    func render() -> HTML {
        let meta = PageMetadata(
            title: "Note legali",
            description: "Licenza dei dati aperti (CC BY 4.0), note sui contenuti e avviso sui dati dimostrativi.",
            canonicalPath: "/note-legali",
            breadcrumb: [BreadcrumbItem("Home", path: "/"), BreadcrumbItem("Note legali")])
        return layout.render(meta, content: """
        <h1>Note legali</h1>
        <section aria-labelledby="licenza"><h2 id="licenza">Licenza dei dati</h2>
        <p>I dati del catalogo pubblicati nella sezione <a href="/dati">Dati aperti</a> sono rilasciati con licenza \
        <a href="https://creativecommons.org/licenses/by/4.0/deed.it">Creative Commons Attribuzione 4.0 \
        Internazionale (CC BY 4.0)</a>: puoi copiarli, distribuirli e modificarli anche per fini commerciali, \
        citando la fonte.</p>
        <p>Testo di attribuzione da usare: <q>Dati: Vetrina Welfare, catalogo dei servizi di welfare del Piemonte, \
        licenza CC BY 4.0</q>, con il collegamento al portale.</p>
        <p>I dati territoriali provengono da ISTAT (elenco dei comuni, CC BY) e Garda Informatica (CAP).</p>
        </section>
        <section aria-labelledby="contenuti"><h2 id="contenuti">Codice e contenuti</h2>
        <p>Le schede dei servizi sono scritte e aggiornate dagli enti che li offrono, che ne sono responsabili; \
        la redazione le controlla prima della pubblicazione. I marchi e i nomi degli enti appartengono ai \
        rispettivi titolari. I collegamenti a siti esterni sono offerti per comodità: non rispondiamo del loro \
        contenuto.</p>
        </section>
        <section aria-labelledby="demo"><h2 id="demo">Dati dimostrativi</h2>
        <p>Quando il portale mostra l'avviso «dati dimostrativi», le schede vengono da una mappatura del 2022 e \
        possono non essere più valide: orari, costi e contatti vanno sempre verificati con l'ente prima di \
        muoversi. Le informazioni non sostituiscono il parere di un professionista.</p>
        </section>
        """)
    }
}
