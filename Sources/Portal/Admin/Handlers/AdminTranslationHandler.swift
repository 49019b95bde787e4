import Catalog
import HTTPServer
import Accounts

/// A card's texts in another language: `/admin/schede/{id}/traduzione/{language}`. The languages
/// offered are the public message catalogs other than Italian, so a new `messages/<code>.tsv`
/// brings its translation form with no code change.
struct AdminTranslationHandler: Sendable {
    let cards: AdminCardHandler
    let environment: AdminEnvironment
    let languages: MessageCatalogs

    /// GET /admin/schede/{id}/traduzione/{language}
    func form(_ request: HTTPRequest, _ context: AdminContext) throws -> HTTPResponse {
        let service = try cards.editable(request, context)
        let language = try self.language(request)
        let saved = try ServiceTranslationRepository(pool: environment.database, clock: environment.clock)
            .translation(serviceId: service.id, language: language.code)
            ?? ServiceTranslation(serviceId: service.id, language: language.code)
        let view = AdminTranslationView(page: cards.page)
        return HTMLResponse.page(view.render(service: service, language: language, translation: saved, context: context,
                                             saved: (try? request.queryParameters())?["salvata"] != nil), cache: .none)
    }

    /// POST /admin/schede/{id}/traduzione/{language}
    func save(_ request: HTTPRequest, _ body: URLEncodedForm, _ context: AdminContext) throws -> HTTPResponse {
        let service = try cards.editable(request, context)
        let language = try self.language(request)
        let translation = ServiceTranslation(serviceId: service.id, language: language.code,
                                             title: body["title"] ?? "", summary: body["summary"] ?? "",
                                             description: body["description"] ?? "", eligibility: body["eligibility"] ?? "",
                                             howToApply: body["how_to_apply"] ?? "")
        do {
            try environment.cardEditor.saveTranslation(translation, by: context.user)
        } catch CatalogError.invalid(let errors) {
            let view = AdminTranslationView(page: cards.page)
            return HTMLResponse.page(view.render(service: service, language: language, translation: translation,
                                                 context: context, errors: errors.map { FieldError(field: "description", message: $0.message) }),
                                     status: .unprocessableContent, cache: .none)
        } catch CatalogError.notFound {
            throw PortalError.notFound(what: "Questa scheda non esiste.")
        }
        return HTMLResponse.redirect(to: "/admin/schede/\(service.id)/traduzione/\(language.code)?salvata=1")
    }

    private func language(_ request: HTTPRequest) throws -> MessageCatalog {
        let code = request.pathParameters["language"] ?? ""
        guard code != MessageCatalogs.defaultCode, let catalog = languages.catalogs[code] else {
            throw PortalError.notFound(what: "Questa lingua non è tra quelle del portale.")
        }
        return catalog
    }
}
