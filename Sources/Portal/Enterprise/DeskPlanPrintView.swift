import Catalog
import Foundation

/// The citizen's "piano personale": one clean A4 page (the print stylesheet drops navigation
/// and buttons) with each service, how to reach it and the desk operator's note. Shown after
/// "Stampa" without storing anything, and at a saved plan's link.
struct DeskPlanPrintView: Sendable {
    let layout: LayoutView
    let citizenName: String
    let entries: [WelfarePlanEntry]
    let notes: [Int64: String]
    let date: Date
    /// When the saved plan's link stops working; nil for an unsaved plan.
    let expiresAt: Date?
    /// Where "back" goes (the desk's page), or nil at the public link.
    let backPath: String?

    func render() -> HTML {
        let title = citizenName.isEmpty ? "Piano personale" : "Piano personale di \(citizenName)"
        let meta = PageMetadata(title: title, breadcrumb: [BreadcrumbItem("Home", path: "/"), BreadcrumbItem("Piano personale")],
                                noIndex: true)
        let back: HTML = backPath.map { "<p class=\"no-print\"><a href=\"\($0)\">Torna al piano dello sportello</a></p>\n" } ?? HTML()
        let expiry: HTML = expiresAt.map { "<p class=\"meta\">Questo piano resta consultabile online fino al \(ItalianDate.long($0)).</p>\n" } ?? HTML()
        let items: [HTML] = entries.map(item)
        return layout.render(meta, content: """
        \(back)<h1>\(title)</h1>
        <p class="lead">I servizi che abbiamo individuato insieme allo sportello welfare, con i contatti per ciascuno. \
        Preparato il \(ItalianDate.long(date)).</p>
        \(expiry)<p class="no-print">Per stamparlo usa il comando Stampa del browser: esce su un foglio A4 senza menu né pulsanti.</p>
        <ol class="plan-list">\(items)</ol>
        """)
    }

    func item(_ entry: WelfarePlanEntry) -> HTML {
        var contacts: [HTML] = []
        if let phone = entry.phone, !phone.isEmpty { contacts.append("<dt>Telefono</dt><dd>\(phone)</dd>") }
        if let email = entry.email, !email.isEmpty { contacts.append("<dt>E-mail</dt><dd>\(email)</dd>") }
        contacts.append("<dt>Scheda</dt><dd>\(layout.site.baseURL)/servizi/\(entry.slug)</dd>")
        let note = (notes[entry.serviceID] ?? "").trimmingWhitespace()
        let noteHTML: HTML = note.isEmpty ? HTML() : "<p><strong>Nota dello sportello:</strong> \(note)</p>\n"
        let summary: HTML = entry.summary.isEmpty ? HTML() : "<p>\(entry.summary)</p>\n"
        return """
        <li class="plan-item">
        <h2><a href="\(SafeURL(path: "/servizi/\(entry.slug)"))">\(entry.title)</a></h2>
        <p class="meta">\(entry.organizationName)</p>
        \(summary)<dl class="facts">\(contacts)</dl>
        \(noteHTML)</li>

        """
    }
}
