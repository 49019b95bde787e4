import Catalog

/// `/imprese/questionario`: a firm creates an employee needs questionnaire, no account needed.
struct NeedsSurveyCreateView: Sendable {
    let layout: LayoutView
    let form: NeedsSurveyCreateForm
    let token: String

    func render() -> HTML {
        let e = ErrorSummaryView(errors: form.errors)
        let meta = PageMetadata(
            title: "Questionario sui bisogni dei dipendenti",
            breadcrumb: [BreadcrumbItem("Home", path: "/"), BreadcrumbItem("Per le imprese", path: "/imprese"),
                         BreadcrumbItem("Questionario sui bisogni")],
            hasErrors: !form.errors.isEmpty, noIndex: true)
        return layout.render(meta, content: """
        \(e.render())<h1>Questionario sui bisogni dei dipendenti</h1>
        <p class="lead">Chiedi ai tuoi dipendenti di cosa hanno bisogno (cura dei figli, assistenza ai familiari anziani, \
        salute, casa e altro) e scopri quali servizi del territorio possono aiutarli.</p>
        <h2>Come funziona</h2>
        <ol>
        <li>Crei il questionario qui sotto: ricevi due indirizzi, uno da condividere con i dipendenti e uno riservato a te.</li>
        <li>I dipendenti rispondono in forma anonima: scelgono i bisogni da un elenco, e se vogliono indicano il comune \
        dove vivono e com'è composta la famiglia. Non chiediamo nomi, e-mail né altri dati personali, e salviamo le risposte \
        senza data né ora.</li>
        <li>Dall'indirizzo riservato vedi i risultati solo in forma aggregata: finché le risposte sono meno di 5 non mostriamo \
        nessun dettaglio, e ogni numero sotto 5 appare come «meno di 5», così nessuno è riconoscibile.</li>
        </ol>
        <form method="post" action="/imprese/questionario" novalidate>
        \(AdminForm.csrf(token))\
        \(AdminForm.input("firm_name", label: "Nome dell'impresa", value: form.firmName, errors: e, autocomplete: "organization"))\
        \(AdminForm.input("comune", label: "Comune della sede (facoltativo)", value: form.comuneText, hint: "Il nome del comune o il CAP: lo usiamo per proporti i servizi vicini.", errors: e))\
        \(AdminForm.input("closes_on", label: "Fino a quando si può rispondere", value: form.closesOn, type: "date", hint: "Una data entro un anno, per esempio 2027-01-31.", errors: e))
        \(NeedsSurveyPrivacy.note)
        <button type="submit" class="button">Crea il questionario</button>
        </form>
        """)
    }
}

/// What the questionnaire's pages say about the data they keep.
enum NeedsSurveyPrivacy {
    static let note: HTML = """
    <p class="hint">Per limitare gli abusi, per un'ora teniamo l'indirizzo di rete del dispositivo che invia il modulo \
    insieme al numero di invii; poi lo cancelliamo, e non lo colleghiamo alle risposte. Come ogni sito, il server \
    annota nel suo registro tecnico le pagine richieste, mai il contenuto dei moduli.</p>
    """
}
