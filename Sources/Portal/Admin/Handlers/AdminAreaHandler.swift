import Catalog
import Foundation
import HTTPServer

/// Custom areas (named sets of comuni), admins only: list, new, edit.
struct AdminAreaHandler: Sendable {
    let environment: AdminEnvironment
    let page: AdminPageView
    var editor: AreaEditor { environment.areaEditor }
    var view: AdminAreaView { AdminAreaView(page: page) }

    /// GET /admin/aree
    func list(_ request: HTTPRequest, _ context: AdminContext) throws -> HTTPResponse {
        let areas = try TerritoryRepository(pool: environment.database).areas()
        return HTMLResponse.page(view.list(areas, context: context), cache: .none)
    }

    /// GET /admin/aree/nuova and /admin/aree/{id}
    func form(_ request: HTTPRequest, _ context: AdminContext) throws -> HTTPResponse {
        let id = request.pathParameters["id"].flatMap { Int64($0) }
        var draft = AreaDraft(name: "", kind: .socialCareDistrict)
        if let id {
            do { draft = try editor.load(id: id) } catch CatalogError.notFound { throw PortalError.notFound(what: "Quest'area non esiste.") }
        }
        let vocabulary = try AdminVocabulary.load(from: environment.database)
        let comuni = draft.comuneIDs.compactMap { vocabulary.territoryName($0) }.joined(separator: ", ")
        let saved = (try? request.queryParameters())?["salvata"] != nil
        return HTMLResponse.page(view.form(draft, comuni: comuni, id: id, context: context, errors: [],
                                           notice: saved ? "Area salvata." : nil), cache: .none)
    }

    /// POST /admin/aree/nuova and /admin/aree/{id}
    func save(_ request: HTTPRequest, _ form: URLEncodedForm, _ context: AdminContext) throws -> HTTPResponse {
        let id = request.pathParameters["id"].flatMap { Int64($0) }
        let vocabulary = try AdminVocabulary.load(from: environment.database)
        let text = form["comuni"] ?? ""
        var ids: [Int64] = [], unknown: [String] = []
        for name in text.split(whereSeparator: { $0 == "," || $0 == ";" || $0.isNewline }) {
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            if let comune = vocabulary.comune(matching: trimmed) { ids.append(comune.id) } else if !trimmed.isEmpty { unknown.append(trimmed) }
        }
        let draft = AreaDraft(name: form["name"] ?? "", kind: AreaKind(rawValue: form["kind"] ?? "") ?? .other,
                              description: (form["description"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines), comuneIDs: ids)
        var errors: [FieldError] = []
        if !unknown.isEmpty { errors.append(FieldError(fieldID: "comuni", message: "Comuni non trovati: \(unknown.joined(separator: ", "))")) }
        if errors.isEmpty {
            do {
                let saved = try editor.save(draft, id: id, by: context.user)
                return HTMLResponse.redirect(to: "/admin/aree/\(saved)?salvata=1")
            } catch CatalogError.invalid(let problems) { errors = problems } catch CatalogError.notFound {
                throw PortalError.notFound(what: "Quest'area non esiste.")
            }
        }
        return HTMLResponse.page(view.form(draft, comuni: text, id: id, context: context, errors: errors),
                                 status: .unprocessableContent, cache: .none)
    }
}
