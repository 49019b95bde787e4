import Catalog
import Foundation
import HTTPServer

/// Workflow steps, "verificata oggi", duplicate, history and restore.
struct AdminWorkflowHandler: Sendable {
    let cards: AdminCardHandler
    var editor: CardEditor { cards.editor }

    /// POST /admin/schede/{id}/stato
    func transition(_ request: HTTPRequest, _ body: URLEncodedForm, _ context: AdminContext) throws -> HTTPResponse {
        let id = try AdminCardHandler.id(request)
        guard let action = WorkflowAction(rawValue: body["action"] ?? "") else {
            throw PortalError.invalidParameters(["Azione sconosciuta."])
        }
        do {
            _ = try editor.transition(id: id, expectedVersion: Int(body["version"] ?? "") ?? 0, action: action,
                                      reason: body["reason"], by: context.user)
            return HTMLResponse.redirect(to: "/admin/schede/\(id)?stato=1")
        } catch let error as CardEditError {
            return try editPage(request, context, FieldError(fieldID: "archive_reason", message: error.message))
        } catch CatalogError.conflict {
            return try editPage(request, context, FieldError(fieldID: "azioni-titolo",
                message: "Qualcuno ha modificato la scheda nel frattempo: controlla la versione attuale e riprova"), status: .conflict)
        } catch CatalogError.notFound {
            throw PortalError.notFound(what: "Questa scheda non esiste.")
        }
    }

    /// POST /admin/schede/{id}/verificata
    func markVerified(_ request: HTTPRequest, _ body: URLEncodedForm, _ context: AdminContext) throws -> HTTPResponse {
        let id = try AdminCardHandler.id(request)
        do {
            _ = try editor.markVerified(id: id, expectedVersion: Int(body["version"] ?? "") ?? 0, by: context.user)
        } catch CatalogError.conflict {
            return try editPage(request, context, FieldError(fieldID: "azioni-titolo",
                message: "Qualcuno ha modificato la scheda nel frattempo: controlla la versione attuale e riprova"), status: .conflict)
        }
        return HTMLResponse.redirect(to: "/admin/schede/\(id)?salvata=1")
    }

    /// POST /admin/schede/{id}/duplica
    func duplicate(_ request: HTTPRequest, _ body: URLEncodedForm, _ context: AdminContext) throws -> HTTPResponse {
        let copy = try editor.duplicate(id: try AdminCardHandler.id(request), by: context.user)
        return HTMLResponse.redirect(to: "/admin/schede/\(copy.id)?salvata=1")
    }

    /// GET /admin/schede/{id}/storia
    func history(_ request: HTTPRequest, _ context: AdminContext) throws -> HTTPResponse {
        let service = try cards.editable(request, context)
        let revisions = try cards.services.revisions(serviceId: service.id)
        let translations = try ServiceTranslationRepository(pool: cards.environment.database).revisions(serviceId: service.id)
        return HTMLResponse.page(AdminHistoryView(page: cards.page).list(service: service, revisions: revisions,
                                                                         translations: translations, context: context),
                                 cache: .none)
    }

    /// GET /admin/schede/{id}/storia/{version}: field-by-field diff with the previous version.
    func revision(_ request: HTTPRequest, _ context: AdminContext) throws -> HTTPResponse {
        let service = try cards.editable(request, context)
        let revisions = try cards.services.revisions(serviceId: service.id)
        guard let version = Int(request.pathParameters["version"] ?? ""),
              let index = revisions.firstIndex(where: { $0.version == version }) else {
            throw PortalError.notFound(what: "Questa versione non esiste.")
        }
        let names = try cards.vocabulary().snapshotNames
        let after = try RevisionSnapshot.decode(revisions[index].snapshotJSON).fields.fieldSnapshot(names: names)
        let before = try index + 1 < revisions.count
            ? RevisionSnapshot.decode(revisions[index + 1].snapshotJSON).fields.fieldSnapshot(names: names) : FieldSnapshot([])
        let view = AdminHistoryView(page: cards.page)
        return HTMLResponse.page(view.revision(service: service, revision: revisions[index],
                                               changes: RevisionDiff.changes(from: before, to: after), context: context),
                                 cache: .none)
    }

    /// POST /admin/schede/{id}/storia/{version}/ripristina
    func restore(_ request: HTTPRequest, _ body: URLEncodedForm, _ context: AdminContext) throws -> HTTPResponse {
        let id = try AdminCardHandler.id(request)
        guard let version = Int(request.pathParameters["version"] ?? "") else { throw PortalError.notFound(what: nil) }
        do {
            _ = try editor.restore(id: id, version: version, expectedVersion: Int(body["version"] ?? "") ?? 0, by: context.user)
        } catch CardEditError.revisionNotFound {
            throw PortalError.notFound(what: "Questa versione non esiste.")
        } catch CatalogError.conflict {
            return try editPage(request, context, FieldError(fieldID: "azioni-titolo",
                message: "Qualcuno ha modificato la scheda nel frattempo: controlla la versione attuale e riprova"), status: .conflict)
        }
        return HTMLResponse.redirect(to: "/admin/schede/\(id)?salvata=1")
    }

    private func editPage(_ request: HTTPRequest, _ context: AdminContext, _ error: FieldError,
                          status: HTTPStatus = .unprocessableContent) throws -> HTTPResponse {
        let service = try cards.editable(request, context)
        let model = AdminCardFormView.Model(form: ServiceDraftForm(draft: service.fields), vocabulary: try cards.vocabulary(),
                                            context: context, serviceID: service.id, version: service.version,
                                            status: service.fields.status)
        return HTMLResponse.page(cards.render(model, service: service, errors: [error]), status: status, cache: .none)
    }
}
