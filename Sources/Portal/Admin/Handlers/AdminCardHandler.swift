import Catalog
import Foundation
import HTTPServer
import Accounts

/// The card screens: new, edit, save (with the edit-conflict path), preview.
struct AdminCardHandler: Sendable {
    let environment: AdminEnvironment
    let gate: AdminGate
    let page: AdminPageView
    var editor: CardEditor { environment.cardEditor }
    var services: ServiceRepository { ServiceRepository(pool: environment.database) }
    var formView: AdminCardFormView { AdminCardFormView(page: page) }

    static func id(_ request: HTTPRequest) throws -> Int64 {
        guard let raw = request.pathParameters["id"], let id = Int64(raw), id > 0 else {
            throw PortalError.notFound(what: "Questa scheda non esiste.")
        }
        return id
    }

    /// Loads a card and checks the operator may edit it (403 otherwise, before anything else).
    func editable(_ request: HTTPRequest, _ context: AdminContext) throws -> Service {
        let service: Service
        do { service = try services.service(id: try Self.id(request)) } catch CatalogError.notFound {
            throw PortalError.notFound(what: "Questa scheda non esiste.")
        }
        try gate.require(.editCard(organizationID: service.fields.organizationId), context)
        return service
    }

    /// GET /admin/schede/nuova
    func newForm(_ request: HTTPRequest, _ context: AdminContext) throws -> HTTPResponse {
        var draft = ServiceDraft(organizationId: context.user.organizationIDs.count == 1 ? context.user.organizationIDs.first ?? 0 : 0,
                                 title: "", serviceTypeCode: "")
        draft.source = "Area operatori"
        let model = AdminCardFormView.Model(form: ServiceDraftForm(draft: draft), vocabulary: try vocabulary(),
                                            context: context, serviceID: nil, version: 0, status: .draft)
        return HTMLResponse.page(formView.render(model), cache: .none)
    }

    /// POST /admin/schede/nuova
    func create(_ request: HTTPRequest, _ body: URLEncodedForm, _ context: AdminContext) throws -> HTTPResponse {
        let vocabulary = try vocabulary()
        var form = ServiceDraftForm(form: body, vocabulary: vocabulary)
        form.validate()
        if form.errors.isEmpty {
            do {
                let saved = try editor.create(form.draft, by: context.user)
                return HTMLResponse.redirect(to: "/admin/schede/\(saved.id)?salvata=1")
            } catch CatalogError.invalid(let errors) { form.add(errors) }
        }
        let model = AdminCardFormView.Model(form: form, vocabulary: vocabulary, context: context, serviceID: nil,
                                            version: 0, status: .draft)
        return HTMLResponse.page(formView.render(model), status: .unprocessableContent, cache: .none)
    }

    /// Confirmation messages after a redirect, by query key.
    static let notices: [(key: String, text: String)] = [
        ("salvata", "Modifiche salvate."), ("stato", "Stato aggiornato."),
        ("proposta", "Modifica inviata in revisione: finché un redattore non la pubblica, il sito mostra la versione pubblicata."),
        ("rifiutata", "Modifica rifiutata: la scheda pubblicata non è cambiata."), ("ritirata", "Modifica ritirata."),
    ]

    /// GET /admin/schede/{id}
    func editForm(_ request: HTTPRequest, _ context: AdminContext) throws -> HTTPResponse {
        let service = try editable(request, context)
        let query = try? request.queryParameters()
        let notice = Self.notices.first { query?[$0.key] != nil }?.text
        let proposal = try editor.proposal(for: service.id, by: context.user)
        let ownProposal = proposal.flatMap { $0.authorUserID == context.user.id ? $0.draft : nil }
        let mayPublish = AccessPolicy.allows(context.user, .publishCard(organizationID: service.fields.organizationId))
        var model = AdminCardFormView.Model(form: ServiceDraftForm(draft: (mayPublish ? nil : ownProposal) ?? service.fields),
                                            vocabulary: try vocabulary(),
                                            context: context, serviceID: service.id, version: service.version,
                                            status: service.fields.status)
        model.notice = notice
        return HTMLResponse.page(render(model, service: service), cache: .none)
    }

    /// POST /admin/schede/{id}: saves, or shows errors (422) or the conflict screen (409).
    func save(_ request: HTTPRequest, _ body: URLEncodedForm, _ context: AdminContext) throws -> HTTPResponse {
        let service = try editable(request, context)
        let vocabulary = try vocabulary()
        var form = ServiceDraftForm(form: body, vocabulary: vocabulary)
        form.validate()
        let version = Int(body["version"] ?? "") ?? 0
        var model = AdminCardFormView.Model(form: form, vocabulary: vocabulary, context: context, serviceID: service.id,
                                            version: version, status: service.fields.status)
        guard form.errors.isEmpty else {
            return HTMLResponse.page(render(model, service: service), status: .unprocessableContent, cache: .none)
        }
        do {
            let saved = try editor.update(id: service.id, expectedVersion: version, with: form.draft, by: context.user,
                                          names: vocabulary.snapshotNames, closesProposal: body["applica_proposta"] == "1")
            let proposed = saved.version == version
            return HTMLResponse.redirect(to: "/admin/schede/\(service.id)?\(proposed ? "proposta" : "salvata")=1")
        } catch CatalogError.invalid(let errors) {
            model.form.add(errors)
            return HTMLResponse.page(render(model, service: service), status: .unprocessableContent, cache: .none)
        } catch CatalogError.conflict {
            let current = try services.service(id: service.id)
            let names = vocabulary.snapshotNames
            model.conflict = RevisionDiff.changes(from: current.fields.fieldSnapshot(names: names), to: form.draft.fieldSnapshot(names: names))
            model.conflictAuthor = try services.revisions(serviceId: service.id).first?.author ?? ""
            model.version = current.version
            model.status = current.fields.status
            return HTMLResponse.page(render(model, service: current), status: .conflict, cache: .none)
        }
    }

    /// GET /admin/schede/{id}/anteprima: the card exactly as the public page shows it.
    func preview(_ request: HTTPRequest, _ context: AdminContext) throws -> HTTPResponse {
        let service = try editable(request, context)
        let card = try services.card(id: service.id)
        return HTMLResponse.page(ServiceCardView(layout: environment.layout, card: card).render(), cache: .none)
    }

    func vocabulary() throws -> AdminVocabulary { try AdminVocabulary.load(from: environment.database) }

    /// The edit page: actions panel above the form.
    func render(_ model: AdminCardFormView.Model, service: Service, errors: [FieldError] = []) -> HTML {
        var m = model
        m.form.errors = errors + m.form.errors
        let actions = AdminCardActionsView().render(service: service, context: model.context)
        guard let proposal = (try? editor.proposal(for: service.id, by: model.context.user)) ?? nil else {
            return formView.render(m, before: actions)
        }
        let panel = AdminProposalView().render(proposal, service: service, names: model.vocabulary.snapshotNames,
                                               context: model.context)
        return formView.render(m, before: HTML.join([actions, panel]))
    }
}
