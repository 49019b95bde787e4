import Catalog
import Foundation
import HTTPServer

/// Proposed changes to a published card: publish (with the edit-conflict screen when the card
/// changed after the proposal), reject with a reason, withdraw. `CardEditor` checks the role
/// again inside each write transaction.
struct AdminProposalHandler: Sendable {
    let cards: AdminCardHandler
    var editor: CardEditor { cards.editor }

    /// POST /admin/schede/{id}/proposta/pubblica
    func publish(_ request: HTTPRequest, _ body: URLEncodedForm, _ context: AdminContext) throws -> HTTPResponse {
        let service = try cards.editable(request, context)
        let vocabulary = try cards.vocabulary()
        do {
            _ = try editor.publishProposal(id: service.id, by: context.user, names: vocabulary.snapshotNames)
            return HTMLResponse.redirect(to: "/admin/schede/\(service.id)?salvata=1")
        } catch CatalogError.conflict {
            return try conflictPage(service, vocabulary, context)
        } catch CatalogError.invalid(let errors) {
            return try editPage(request, context, errors)
        } catch CardEditError.proposalNotFound {
            throw PortalError.notFound(what: CardEditError.proposalNotFound.message)
        }
    }

    /// POST /admin/schede/{id}/proposta/rifiuta
    func reject(_ request: HTTPRequest, _ body: URLEncodedForm, _ context: AdminContext) throws -> HTTPResponse {
        let service = try cards.editable(request, context)
        do {
            try editor.rejectProposal(id: service.id, reason: body["reason"], by: context.user)
            return HTMLResponse.redirect(to: "/admin/schede/\(service.id)?rifiutata=1")
        } catch CardEditError.rejectReasonMissing {
            return try editPage(request, context, [FieldError(fieldID: "reject_reason", message: CardEditError.rejectReasonMissing.message)])
        } catch CardEditError.proposalNotFound {
            throw PortalError.notFound(what: CardEditError.proposalNotFound.message)
        }
    }

    /// POST /admin/schede/{id}/proposta/ritira
    func withdraw(_ request: HTTPRequest, _ body: URLEncodedForm, _ context: AdminContext) throws -> HTTPResponse {
        let service = try cards.editable(request, context)
        do {
            try editor.withdrawProposal(id: service.id, by: context.user)
            return HTMLResponse.redirect(to: "/admin/schede/\(service.id)?ritirata=1")
        } catch CardEditError.proposalNotFound {
            throw PortalError.notFound(what: CardEditError.proposalNotFound.message)
        }
    }

    /// 409: the proposal in the form, the fields that differ from the card as it is now, and a
    /// save based on the current version (the same screen as any edit conflict).
    func conflictPage(_ service: Service, _ vocabulary: AdminVocabulary, _ context: AdminContext) throws -> HTTPResponse {
        let current = try cards.services.service(id: service.id)
        guard let proposal = try editor.proposal(for: service.id, by: context.user) else {
            throw PortalError.notFound(what: CardEditError.proposalNotFound.message)
        }
        let names = vocabulary.snapshotNames
        var model = AdminCardFormView.Model(form: ServiceDraftForm(draft: proposal.draft), vocabulary: vocabulary,
                                            context: context, serviceID: current.id, version: current.version,
                                            status: current.fields.status)
        model.conflict = RevisionDiff.changes(from: current.fields.fieldSnapshot(names: names), to: proposal.draft.fieldSnapshot(names: names))
        model.conflictAuthor = try cards.services.revisions(serviceId: current.id).first?.author ?? ""
        model.appliesProposal = true
        return HTMLResponse.page(cards.render(model, service: current), status: .conflict, cache: .none)
    }

    private func editPage(_ request: HTTPRequest, _ context: AdminContext, _ errors: [FieldError]) throws -> HTTPResponse {
        let service = try cards.editable(request, context)
        let model = AdminCardFormView.Model(form: ServiceDraftForm(draft: service.fields), vocabulary: try cards.vocabulary(),
                                            context: context, serviceID: service.id, version: service.version,
                                            status: service.fields.status)
        return HTMLResponse.page(cards.render(model, service: service, errors: errors), status: .unprocessableContent, cache: .none)
    }
}
