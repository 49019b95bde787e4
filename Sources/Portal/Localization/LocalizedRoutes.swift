import HTTPServer

/// The public pages again under `/<code>/…` for every language other than Italian (`/en`,
/// `/en/cerca`, `/en/servizi/{slug}`, …): the same handlers, which read the language from the
/// path (`PageContext.layout(for:)`). A new `Resources/messages/<code>.tsv` adds its prefix here.
enum LocalizedRoutes {
    static func register(on router: inout Router, context: PageContext) throws {
        for code in context.languages.prefixedCodes {
            let prefix = "/\(code)"
            try router.get(prefix) { try HomeHandler(context: context).handle($0) }
            try router.get("\(prefix)/cerca") { try SearchHandler(context: context).handle($0) }
            try router.get("\(prefix)/servizi/{slug}") { try ServiceCardHandler(context: context).handle($0) }
            try router.get("\(prefix)/enti/{slug}") { try OrganizationHandler(context: context).handle($0) }
            try router.get("\(prefix)/territori/{comune}") { try ComuneHandler(context: context).handle($0) }
            try router.get("\(prefix)/territori") { try ComuneHandler(context: context).pick($0) }
        }
    }
}
