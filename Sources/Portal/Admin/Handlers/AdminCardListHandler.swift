import Catalog
import Foundation
import HTTPServer

/// GET /admin/schede: filters as GET parameters (status, organisation, need, comune, stale, text),
/// sorting and pagination; an operatore ente only sees their organisations' cards.
struct AdminCardListHandler: Sendable {
    let environment: AdminEnvironment
    let page: AdminPageView

    func list(_ request: HTTPRequest, _ context: AdminContext) throws -> HTTPResponse {
        let query = try request.queryParameters()
        let vocabulary = try AdminVocabulary.load(from: environment.database)
        let (filter, problems) = Self.filter(from: query, vocabulary: vocabulary)
        guard problems.isEmpty else { throw PortalError.invalidParameters(problems) }
        let size = environment.configuration.pageSize
        let result = try CardListQuery(database: environment.database, clock: environment.clock)
            .list(filter, for: context.user, pageSize: size)
        let view = AdminCardListView(page: page)
        return HTMLResponse.page(view.render(query: query, filter: filter, rows: result.rows, total: result.total,
                                             pageSize: size, vocabulary: vocabulary, context: context), cache: .none)
    }

    /// Reads the filters; unknown values are reported, never guessed.
    static func filter(from query: URLEncodedForm, vocabulary: AdminVocabulary) -> (CardListFilter, [String]) {
        var filter = CardListFilter(), problems: [String] = []
        if let raw = nonEmpty(query["stato"]) {
            if let status = ServiceStatus(rawValue: raw) { filter.status = status } else { problems.append("Stato sconosciuto.") }
        }
        if let raw = nonEmpty(query["ente"]) {
            if let id = Int64(raw) { filter.organizationID = id } else { problems.append("Ente non valido.") }
        }
        if let raw = nonEmpty(query["bisogno"]) {
            if vocabulary.terms(.need).contains(where: { $0.code == raw }) { filter.needCode = raw } else { problems.append("Bisogno sconosciuto.") }
        }
        if let raw = nonEmpty(query["comune"]) {
            if let comune = vocabulary.comune(matching: raw) { filter.comuneID = comune.id } else { problems.append("Comune «\(raw)» non trovato.") }
        }
        filter.staleOnly = query["da_verificare"] == "1"
        filter.text = String((query["q"] ?? "").prefix(200))
        if let raw = nonEmpty(query["ordina"]) {
            if let sort = CardListFilter.Sort(rawValue: raw) { filter.sort = sort } else { problems.append("Ordinamento sconosciuto.") }
        }
        if let raw = nonEmpty(query["pagina"]) {
            if let page = Int(raw), page >= 1, page <= 100_000 { filter.page = page } else { problems.append("Numero di pagina non valido.") }
        }
        return (filter, problems)
    }

    static func nonEmpty(_ value: String?) -> String? {
        guard let value = value?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        return value
    }
}
