import Catalog
import Accounts

/// The frame of every admin page: the site layout (no indexing, no caching) with the operators'
/// navigation, who is signed in, and the sign-out button.
struct AdminPageView: Sendable {
    let layout: LayoutView

    /// A whole page. `user` nil means a page outside the session (sign-in, setup).
    func render(title: String, user: AdminContext?, errors: [FieldError] = [], breadcrumb: [BreadcrumbItem] = [],
                content: HTML) -> HTML {
        let page = PageMetadata(title: title, breadcrumb: breadcrumb, hasErrors: !errors.isEmpty, noIndex: true)
        let body: HTML = """
        \(user.map(navigation) ?? HTML())<div class="admin">
        \(Self.afterHeading(ErrorSummaryView(errors: errors).render(), in: content))
        </div>
        """
        return layout.render(page, content: body)
    }

    /// `content` with `summary` right after its `<h1>` (so no h2 comes before the page's h1), or
    /// in front when the content has no h1.
    static func afterHeading(_ summary: HTML, in content: HTML) -> HTML {
        let markup = content.rendered
        guard !summary.rendered.isEmpty, let end = markup.range(of: "</h1>") else {
            return HTML(unsafeRaw: summary.rendered + markup)
        }
        return HTML(unsafeRaw: String(markup[..<end.upperBound]) + "\n" + summary.rendered + String(markup[end.upperBound...]))
    }

    func navigation(_ context: AdminContext) -> HTML {
        let user = context.user
        var links: [(String, String)] = [("/admin", "Cruscotto")]
        if AccessPolicy.allows(user, .viewCards) { links += [("/admin/schede", "Schede"), ("/admin/enti", "Enti")] }
        if AccessPolicy.allows(user, .viewContactRequests) { links.append(("/admin/richieste", "Richieste delle imprese")) }
        if AccessPolicy.allows(user, .buildDeskPlans) { links.append(("/admin/sportello", "Piano per il cittadino")) }
        if AccessPolicy.allows(user, .importCSV) { links.append(("/admin/importa", "Importa CSV")) }
        if AccessPolicy.allows(user, .manageAreas) { links.append(("/admin/aree", "Aree")) }
        if AccessPolicy.allows(user, .manageUsers) { links.append(("/admin/utenti", "Utenti")) }
        if AccessPolicy.allows(user, .viewAuditLog) { links.append(("/admin/registro", "Registro attività")) }
        links.append(("/admin/password", "Cambia password"))
        let items: [HTML] = links.map { "<li><a href=\"\($0.0)\">\($0.1)</a></li>" }
        return """
        <nav class="admin-nav" aria-label="Area operatori">
        <p>Area operatori · <strong>\(user.displayName.isEmpty ? user.email : user.displayName)</strong> (\(user.role.label))</p>
        <ul>\(items)</ul>
        <form method="post" action="/admin/esci">\(AdminForm.csrf(context.csrfToken))<button type="submit" class="button button-secondary">Esci</button></form>
        </nav>

        """
    }
}
