import Catalog
import HTTPServer

/// The footer's information pages (issue 11): the HTML site map and the legal pages.
/// One call from `PortalApplication`.
enum InfoRoutes {
    static func register(on router: inout Router, context: PageContext) throws {
        try router.get("/mappa-del-sito") { _ in context.page(try SiteMapView(layout: try context.layout(), catalog: context.catalog).render()) }
        try router.get("/accessibilita") { _ in context.page(AccessibilityStatementView(layout: try context.layout(), contactEmail: context.configuration.accessibilityEmail).render()) }
        try router.get("/privacy") { _ in context.page(PrivacyNoticeView(layout: try context.layout()).render()) }
        try router.get("/note-legali") { _ in context.page(LegalNotesView(layout: try context.layout()).render()) }
    }
}
