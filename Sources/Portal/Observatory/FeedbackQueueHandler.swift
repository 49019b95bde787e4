import Catalog
import Foundation
import HTTPServer

/// `GET /admin/segnalazioni`: open error reports on the cards the operator may edit (an
/// organisation's operators see only their organisations'), resolve with a note; and the
/// average clarity per card. `POST /admin/segnalazioni/{id}/risolvi` closes one (audit-logged).
struct FeedbackQueueHandler: Sendable {
    let repository: FeedbackRepository

    func show(_ request: HTTPRequest, _ context: AdminContext, page: AdminPageView, errors: [FieldError] = []) throws -> HTTPResponse {
        let reports = try repository.queue(for: context.user)
        let items: [HTML] = reports.map { report in
            let contact: HTML = report.contact.isEmpty ? "" : "<p>Contatto: \(report.contact)</p>"
            return """
            <li class="panel"><h2><a href="/admin/schede/\(String(report.serviceId))">\(report.serviceTitle)</a></h2>
            <p class="meta">\(report.organizationName) · \(ItalianDate.long(report.createdAt))</p>
            \(ItalianText.paragraphs(report.message))\(contact)
            <form action="/admin/segnalazioni/\(String(report.id))/risolvi" method="post">\(AdminForm.csrf(context.csrfToken))
            <div class="field"><label for="nota-\(String(report.id))">Nota di risoluzione</label>
            <input type="text" id="nota-\(String(report.id))" name="nota" maxlength="1000" required></div>
            <button type="submit" class="button">Segna come risolta</button></form></li>
            """
        }
        let scores: [HTML] = try repository.clarity(for: context.user).map {
            "<tr><th scope=\"row\"><a href=\"/admin/schede/\(String($0.serviceId))\">\($0.serviceTitle)</a></th><td>\(String(format: "%.1f", $0.average))</td><td>\($0.ratings)</td></tr>"
        }
        let status: HTTPStatus = errors.isEmpty ? .ok : .unprocessableContent
        let content: HTML = """
        <h1>Segnalazioni dei cittadini</h1>
        \(errors.isEmpty ? HTML() : ErrorSummaryView(errors: errors).render())\
        \(items.isEmpty ? "<p class=\"notice notice-ok\">Nessuna segnalazione da gestire.</p>" as HTML : "<ul class=\"plain\">\(items)</ul>")
        <h2>Chiarezza delle schede</h2>
        \(scores.isEmpty ? "<p class=\"meta\">Ancora nessuna valutazione.</p>" as HTML : """
        <div class="table-scroll"><table class="data-table"><caption>Voto medio di chiarezza (da 1 a 5)</caption>
        <thead><tr><th scope="col">Scheda</th><th scope="col">Media</th><th scope="col">Valutazioni</th></tr></thead>
        <tbody>\(scores)</tbody></table></div>
        """)
        """
        return HTMLResponse.page(page.render(title: "Segnalazioni", user: context, errors: errors, content: content),
                                 status: status, cache: .none)
    }

    func resolve(_ request: HTTPRequest, _ body: URLEncodedForm, _ context: AdminContext, page: AdminPageView) throws -> HTTPResponse {
        guard let id = request.pathParameters["id"].flatMap({ Int64($0) }) else { throw PortalError.notFound(what: nil) }
        do {
            try repository.resolve(id: id, note: body["nota"] ?? "", by: context.user)
        } catch CatalogError.invalid(let errors) {
            return try show(request, context, page: page, errors: errors)
        }
        return HTMLResponse.redirect(to: "/admin/segnalazioni")
    }
}
