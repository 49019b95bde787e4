import Catalog

/// `/questionario/{token}`: the anonymous form a firm's staff fill in, and the pages around it.
struct NeedsSurveyAnswerView: Sendable {
    let layout: LayoutView
    let survey: NeedsSurvey
    let needs: [TaxonomyTerm]
    let form: NeedsSurveyAnswerForm
    let token: String

    func render() -> HTML {
        let e = ErrorSummaryView(errors: form.errors)
        let a = form.answer
        let meta = PageMetadata(title: "Questionario sui bisogni — \(survey.firmName)",
                                breadcrumb: [BreadcrumbItem("Home", path: "/"), BreadcrumbItem("Questionario sui bisogni")],
                                hasErrors: !form.errors.isEmpty, noIndex: true)
        let bands = [(value: "", label: "Scegli")] + ChildrenBand.allCases.map { (value: $0.rawValue, label: $0.label) }
        return layout.render(meta, content: """
        \(e.render())<h1>Di che cosa hai bisogno?</h1>
        <p class="lead">\(survey.firmName) vuole capire quali servizi di welfare sarebbero utili a chi ci lavora.</p>
        <div class="notice" role="note"><p>Il questionario è anonimo: non chiediamo il tuo nome né altri dati per riconoscerti, \
        e salviamo le risposte senza data né ora e senza l'indirizzo del tuo dispositivo. L'impresa vede solo totali, e solo quando hanno risposto almeno 5 persone; \
        ogni numero sotto 5 appare come «meno di 5» (e «tutte tranne meno di 5» quando quasi tutti danno la stessa risposta). Si può rispondere fino al \(ItalianDay.label(survey.closesOn)).</p></div>
        <form method="post" action="/questionario/\(survey.publicToken)" novalidate>
        \(AdminForm.csrf(token))\
        \(AdminForm.checkboxes("bisogni", legend: "Per che cosa ti servirebbe un aiuto?", options: needs.map { (value: $0.code, label: $0.label) },
                               selected: a.needCodes, hint: "Scegli tutte le voci che ti riguardano.", errors: e))\
        \(AdminForm.input("comune", label: "Comune dove vivi (facoltativo)", value: form.comuneText, hint: "Il nome del comune o il CAP.", errors: e))\
        \(AdminForm.select("figli", label: "Figli sotto i 14 anni che vivono con te", options: bands, selected: a.children?.rawValue ?? "", errors: e))\
        \(AdminForm.checkbox("anziani", label: "Mi occupo di un familiare anziano non autosufficiente", checked: a.elderlyCare))\
        \(AdminForm.checkbox("disabilita", label: "In famiglia c'è una persona con disabilità", checked: a.disability))\
        \(NeedsSurveyPrivacy.note)
        <button type="submit" class="button">Invia la risposta</button>
        </form>
        """)
    }
}

/// Thanks after answering, or the notice that the survey no longer takes answers.
struct NeedsSurveyNoticeView: Sendable {
    let layout: LayoutView
    let title: String
    let message: String

    func render() -> HTML {
        let meta = PageMetadata(title: title, breadcrumb: [BreadcrumbItem("Home", path: "/"), BreadcrumbItem(title)], noIndex: true)
        return layout.render(meta, content: """
        <h1>\(title)</h1>
        <div class="notice" role="status"><p>\(message)</p></div>
        <p><a href="/">Vai alla ricerca dei servizi</a></p>
        """)
    }
}

/// `2026-06-30` → `30/06/2026`.
enum ItalianDay {
    static func label(_ day: String) -> String {
        let parts = day.split(separator: "-")
        return parts.count == 3 ? "\(parts[2])/\(parts[1])/\(parts[0])" : day
    }
}
