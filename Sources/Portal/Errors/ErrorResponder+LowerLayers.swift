import Catalog
import HTTPServer

extension ErrorResponder {
    /// Errors from HTTPServer and Catalog that have a fixed meaning for the visitor, or nil.
    func mappedByLowerLayers(_ error: any Error) -> HTTPResponse? {
        switch error {
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

    /// The 400 page listing `problems`.
    public func badRequest(_ problems: [String]) -> HTTPResponse {
        HTMLResponse.page(pages.badRequest(problems: problems), status: .badRequest, cache: .none)
    }
}
