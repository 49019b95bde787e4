import Catalog
import Foundation
import HTTPServer
import Search
import Accounts

/// The employee needs questionnaire (issue 10). No accounts: the firm holds a secret admin link,
/// staff answer on the public link. Every POST carries a session-less form token
/// (`PublicFormGuard`) and is rate-limited per client; bad input changes nothing (422).
struct NeedsSurveyHandler: Sendable {
    let environment: EnterpriseEnvironment

    var repository: NeedsSurveyRepository {
        NeedsSurveyRepository(database: environment.database, clock: environment.admin.clock, random: environment.admin.random)
    }
    var catalog: any PortalCatalog { environment.context.catalog }

    func guardian(_ form: PublicForm) -> PublicFormGuard { PublicFormGuard(environment: environment, form: form) }

    // MARK: Creating

    func createForm(_ request: HTTPRequest) throws -> HTTPResponse {
        var form = NeedsSurveyCreateForm()
        form.closesOn = repository.suggestedClosingDay
        return try renderCreate(request, form: form, status: .ok)
    }

    func create(_ request: HTTPRequest) throws -> HTTPResponse {
        let body = try request.formBody(limits: URLEncodedForm.Limits(maxFields: 10))
        try guardian(.surveyCreation).check(request, body)
        try environment.limiter.requireAllowed(.surveyCreation, client: environment.context.clientAddress(of: request))
        var form = try NeedsSurveyCreateForm(form: body, catalog: catalog)
        form.errors = Self.inFormOrder(NeedsSurveyRepository.surveyErrors(firmName: form.firmName, closesOn: form.closesOn, now: environment.now)
                                       + form.errors, order: ["firm_name", "comune", "closes_on"])
        guard form.errors.isEmpty else { return try renderCreate(request, form: form, status: .unprocessableContent) }
        let created = try repository.create(firmName: form.firmName, comuneID: form.comuneID, closesOn: form.closesOn)
        try environment.limiter.record(.surveyCreation, client: environment.context.clientAddress(of: request))
        return HTMLResponse.redirect(to: "/imprese/questionario/gestione/\(created.adminToken)")
    }

    // MARK: Answering

    func answerForm(_ request: HTTPRequest) throws -> HTTPResponse {
        let survey = try publicSurvey(request)
        guard survey.isOpen(today: repository.today) else { return closedPage() }
        return try renderAnswer(request, survey: survey, form: NeedsSurveyAnswerForm(), status: .ok)
    }

    func answer(_ request: HTTPRequest) throws -> HTTPResponse {
        let body = try request.formBody(limits: URLEncodedForm.Limits(maxFields: 80))
        try guardian(.surveyAnswer).check(request, body)
        let survey = try publicSurvey(request)
        guard survey.isOpen(today: repository.today) else { return closedPage() }
        try environment.limiter.requireAllowed(.surveyAnswer, client: environment.context.clientAddress(of: request))
        var form = try NeedsSurveyAnswerForm(form: body, catalog: catalog)
        let known = Set(try catalog.terms(.need).map(\.code))
        form.errors = Self.inFormOrder(NeedsSurveyRepository.answerErrors(form.answer, knownNeeds: known) + form.errors,
                                       order: ["bisogni", "comune", "figli"])
        guard form.errors.isEmpty else { return try renderAnswer(request, survey: survey, form: form, status: .unprocessableContent) }
        do {
            try repository.answer(surveyID: survey.id, form.answer)
        } catch CatalogError.notFound {
            return closedPage()   // closed between the check above and the write
        }
        try environment.limiter.record(.surveyAnswer, client: environment.context.clientAddress(of: request))
        return HTMLResponse.redirect(to: "/questionario/\(survey.publicToken)/grazie")
    }

    func thanks(_ request: HTTPRequest) throws -> HTTPResponse {
        let survey = try publicSurvey(request)
        let view = NeedsSurveyNoticeView(layout: try environment.layout(), title: "Grazie per la risposta",
                                         message: "Abbiamo registrato la tua risposta in forma anonima. \(survey.firmName) vedrà solo i totali.")
        return HTMLResponse.page(view.render(), cache: .none)
    }

    // MARK: The firm's private page

    func results(_ request: HTTPRequest) throws -> HTTPResponse {
        let (survey, token) = try adminSurvey(request)
        let report = try self.report(survey)
        let (nonce, cookie) = try guardian(.surveyClosing).nonce(for: request)
        let view = NeedsSurveyResultsView(
            layout: try environment.layout(), survey: survey, isOpen: survey.isOpen(today: repository.today), report: report,
            services: try localServices(report, survey: survey), baseURL: environment.context.configuration.site.baseURL,
            adminToken: token, closeToken: try guardian(.surveyClosing).token(nonce: nonce))
        var response = HTMLResponse.page(view.render(), cache: .none)
        response.headers.set("X-Robots-Tag", "noindex")
        response.headers.set("Referrer-Policy", "no-referrer")
        if let cookie { response.setCookies([cookie]) }
        return response
    }

    func csv(_ request: HTTPRequest) throws -> HTTPResponse {
        let (survey, _) = try adminSurvey(request)
        let rows = NeedsSurveyResultsView.csvRows(try report(survey))
        var response = HTMLResponse.body(CSVWriter().document(header: ["Sezione", "Voce", "Risposte"], rows: rows),
                                         contentType: "text/csv; charset=utf-8", cache: .none)
        response.headers.set("Content-Disposition", "attachment; filename=\"questionario-bisogni.csv\"")
        return response
    }

    func close(_ request: HTTPRequest) throws -> HTTPResponse {
        let body = try request.formBody(limits: URLEncodedForm.Limits(maxFields: 5))
        try guardian(.surveyClosing).check(request, body)
        let (survey, token) = try adminSurvey(request)
        try repository.close(id: survey.id)
        return HTMLResponse.redirect(to: "/imprese/questionario/gestione/\(token)")
    }

    // MARK: Helpers

    private func publicSurvey(_ request: HTTPRequest) throws -> NeedsSurvey {
        guard let survey = try repository.survey(publicToken: try environment.context.parameter(request, "token")) else {
            throw PortalError.notFound(what: "Questo questionario non esiste: controlla l'indirizzo che ti ha mandato l'impresa.")
        }
        return survey
    }

    private func adminSurvey(_ request: HTTPRequest) throws -> (NeedsSurvey, String) {
        let token = try environment.context.parameter(request, "token")
        guard let survey = try repository.survey(adminToken: token) else { throw PortalError.notFound(what: nil) }
        return (survey, token)
    }

    private func report(_ survey: NeedsSurvey) throws -> NeedsSurveyReport {
        let tally = try repository.tally(surveyID: survey.id)
        var names: [Int64: String] = [:]
        for id in tally.comuni.keys { names[id] = try catalog.territory(id: id)?.name }
        return NeedsSurveyReport(tally, needLabels: try catalog.terms(.need).map { (code: $0.code, label: $0.label) }, comuneNames: names)
    }

    /// Up to five services near the firm for each of the three needs most answered (each with ≥ k answers).
    private func localServices(_ report: NeedsSurveyReport, survey: NeedsSurvey) throws -> [(need: String, items: [SearchHit])] {
        var comune: Comune?
        if let id = survey.comuneID, let place = try catalog.territory(id: id) { comune = try catalog.comune(slug: place.slug) }
        return try report.topNeeds.prefix(3).map { need in
            let query = SearchQuery(needs: [need.code], territoryId: comune?.id, pageSize: 5,
                                    sort: .default(text: "", territoryId: comune?.id))
            return (need.label, try catalog.search(query).items)
        }
    }

    /// `errors` sorted by the position of their field in the form.
    static func inFormOrder(_ errors: [FieldError], order: [String]) -> [FieldError] {
        var list = FieldErrorList()
        for error in errors.sorted(by: { (order.firstIndex(of: $0.field) ?? 99) < (order.firstIndex(of: $1.field) ?? 99) }) { list.add(error) }
        return list.errors
    }

    private func closedPage() -> HTTPResponse {
        let view = NeedsSurveyNoticeView(layout: environment.admin.layout, title: "Questionario chiuso",
                                         message: "Questo questionario non accetta più risposte. Non abbiamo salvato nulla.")
        return HTMLResponse.page(view.render(), status: HTTPStatus(code: 410, reasonPhrase: "Gone"), cache: .none)
    }

    private func renderCreate(_ request: HTTPRequest, form: NeedsSurveyCreateForm, status: HTTPStatus) throws -> HTTPResponse {
        let guardian = guardian(.surveyCreation)
        let (nonce, cookie) = try guardian.nonce(for: request)
        let view = NeedsSurveyCreateView(layout: try environment.layout(), form: form, token: try guardian.token(nonce: nonce))
        var response = HTMLResponse.page(view.render(), status: status, cache: .none)
        if let cookie { response.setCookies([cookie]) }
        return response
    }

    private func renderAnswer(_ request: HTTPRequest, survey: NeedsSurvey, form: NeedsSurveyAnswerForm, status: HTTPStatus) throws -> HTTPResponse {
        let guardian = guardian(.surveyAnswer)
        let (nonce, cookie) = try guardian.nonce(for: request)
        let view = NeedsSurveyAnswerView(layout: try environment.layout(), survey: survey, needs: try catalog.terms(.need), form: form,
                                         token: try guardian.token(nonce: nonce))
        var response = HTMLResponse.page(view.render(), status: status, cache: .none)
        response.headers.set("Referrer-Policy", "no-referrer")
        if let cookie { response.setCookies([cookie]) }
        return response
    }
}
