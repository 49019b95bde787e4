import Catalog
import HTTPServer
import Accounts

extension ErrorResponder {
    /// Errors from HTTPServer and Catalog that have a fixed meaning for the visitor, or nil.
    func mappedByLowerLayers(_ error: any Error, request: HTTPRequest) -> HTTPResponse? {
        let pages = pages(for: request)
        switch error {
        case let catalog as CatalogError:
            return catalogResponse(catalog, pages: pages)
        case let auth as AuthError:
            return authResponse(auth)
        case let decoding as FormDecodingError:
            switch decoding {
            case .unsupportedContentType: return answer(pages.unsupportedMediaType(), .unsupportedMediaType)
            case .tooManyFields(let limit): return answer(pages.tooManyFields(limit: limit), .badRequest)
            case .invalidPercentEscape, .invalidUTF8:
                return answer(pages.undecodable(inForm: request.method != .get && request.method != .head), .badRequest)
            }
        case is PathParameterError:
            return answer(pages.undecodable(inForm: false), .badRequest)
        case let status as any HTTPStatusError where (400..<500).contains(status.status.code):
            return statusResponse(status.status, pages: pages)
        default:
            return nil
        }
    }

    /// notFound → 404, invalid → 422, conflict → 409 (STYLE 5).
    func catalogResponse(_ error: CatalogError, pages: ErrorPageView) -> HTTPResponse {
        switch error {
        case .notFound: return answer(pages.notFound(), .notFound)
        case .invalid(let errors): return answer(pages.unprocessable(problems: errors.map { $0.message }), .unprocessableContent)
        case .conflict: return answer(pages.conflict(), .conflict)
        }
    }

    /// A client error a lower layer named only by its status: the page for that status.
    func statusResponse(_ status: HTTPStatus, pages: ErrorPageView) -> HTTPResponse {
        switch status.code {
        case 404: return answer(pages.notFound(), status)
        case 405: return answer(pages.methodNotAllowed(), status)
        case 409: return answer(pages.conflict(), status)
        case 413: return answer(pages.tooLarge(limitBytes: nil), status)
        case 415: return answer(pages.unsupportedMediaType(), status)
        default: return answer(pages.refused(code: status.code), status)
        }
    }
}
