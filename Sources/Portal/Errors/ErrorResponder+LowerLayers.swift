import Catalog
import HTTPServer
import Accounts

extension ErrorResponder {
    /// Errors from HTTPServer and Catalog that have a fixed meaning for the visitor, or nil.
    func mappedByLowerLayers(_ error: any Error) -> HTTPResponse? {
        switch error {
        case let catalog as CatalogError:
            return catalogResponse(catalog)
        case let auth as AuthError:
            return authResponse(auth)
        case is FormDecodingError, is PathParameterError:
            return badRequest(["L'indirizzo della pagina contiene caratteri non validi. Controlla di averlo copiato per intero."])
        case let status as any HTTPStatusError where (400..<500).contains(status.status.code):
            var response = badRequest(["La richiesta non è valida."])
            response.status = status.status
            return response
        default:
            return nil
        }
    }

    /// notFound → 404, invalid → 422, conflict → 409 (STYLE 5).
    func catalogResponse(_ error: CatalogError) -> HTTPResponse {
        switch error {
        case .notFound:
            return HTMLResponse.page(pages.notFound(), status: .notFound, cache: .none)
        case .invalid(let errors):
            var response = badRequest(errors.map { $0.message })
            response.status = .unprocessableContent
            return response
        case .conflict:
            var response = badRequest(["Qualcun altro ha modificato questi dati nel frattempo. Ricarica la pagina e riprova."])
            response.status = .conflict
            return response
        }
    }

    /// The 400 page listing `problems`.
    public func badRequest(_ problems: [String]) -> HTTPResponse {
        HTMLResponse.page(pages.badRequest(problems: problems), status: .badRequest, cache: .none)
    }
}
