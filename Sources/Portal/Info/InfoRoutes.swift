import Catalog
import HTTPServer

/// The footer's information pages (issue 11): the HTML site map and the legal pages, in Italian
/// and under `/<code>/…` in every other language. One call from `PortalApplication`.
enum InfoRoutes {
    static func register(on router: inout Router, context: PageContext) throws {
        for prefix in [""] + context.languages.prefixedCodes.map({ "/\($0)" }) {
            try router.get("\(prefix)/mappa-del-sito") { request in
                context.page(try SiteMapView(layout: try context.layout(for: request), catalog: context.catalog).render())
            }
            try router.get("\(prefix)/accessibilita") { request in
                context.page(AccessibilityStatementView(layout: try context.layout(for: request),
                                                        contactEmail: context.configuration.accessibilityEmail).render())
            }
            try router.get("\(prefix)/privacy") { context.page(PrivacyNoticeView(layout: try context.layout(for: $0)).render()) }
            try router.get("\(prefix)/note-legali") { context.page(LegalNotesView(layout: try context.layout(for: $0)).render()) }
        }
    }
}
