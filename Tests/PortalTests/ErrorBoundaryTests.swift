import Foundation
import Catalog
import HTTPServer
import Testing
@testable import Portal

/// The one error boundary (issue 12): every error becomes one status with the page written for
/// that status, in the language of the request's path; no page is rendered for one status and
/// sent with another.
@Suite struct ErrorBoundaryTests {
    let errors = ErrorResponder(layout: LayoutView(site: SiteContext()), log: { _ in })

    /// (error, expected status, Italian title, English title, a phrase of the Italian explanation)
    static let cases: [(any Error & Sendable, Int, String, String, String)] = [
        (PortalError.notFound(what: nil), 404, "Pagina non trovata", "Page not found", "non esiste o è stata spostata"),
        (PortalError.invalidParameters(["x"]), 400, "Richiesta non valida", "Request not valid", "non si possono usare"),
        (CatalogError.notFound, 404, "Pagina non trovata", "Page not found", "non esiste o è stata spostata"),
        (CatalogError.invalid([FieldError(field: "a", message: "Campo obbligatorio")]), 422, "Dati non validi", "Data not valid", "Non abbiamo salvato nulla"),
        (CatalogError.conflict(expectedVersion: 1), 409, "Modifica non salvata: dati cambiati nel frattempo",
         "Change not saved: the data changed meanwhile", "Qualcun altro ha modificato questi dati"),
        (MultipartError.tooManyParts(limit: 3), 413, "Contenuto troppo grande", "Content too large", "più grande di quanto"),
        (MultipartError.notMultipart, 415, "Formato non accettato", "Format not accepted", "formato che questo indirizzo non accetta"),
        (FormDecodingError.unsupportedContentType("text/plain"), 415, "Formato non accettato", "Format not accepted", "non accetta"),
        (FormDecodingError.invalidPercentEscape, 400, "Richiesta non valida", "Request not valid", "caratteri non validi"),
        (FormDecodingError.tooManyFields(limit: 20), 400, "Richiesta non valida", "Request not valid", "troppi campi: al massimo 20"),
        (HTTPError(.methodNotAllowed), 405, "Tipo di richiesta non accettato", "Request type not accepted", "non accetta il tipo di richiesta"),
        (HTTPError(.contentTooLarge), 413, "Contenuto troppo grande", "Content too large", "Non abbiamo salvato nulla"),
        (HTTPError(HTTPStatus(code: 418, reasonPhrase: "I'm a teapot")), 418, "Richiesta non valida", "Request not valid", "codice 418"),
    ]

    @Test(arguments: 0..<cases.count)
    func eachStatusHasItsOwnPageInBothLanguages(_ index: Int) {
        let (error, status, italianTitle, englishTitle, phrase) = Self.cases[index]
        let italian = errors.response(for: error, request: request("/cerca", method: .get))
        #expect(italian.status.code == status)
        #expect(italian.text.contains("<h1>\(italianTitle)</h1>"), "\(error)")
        #expect(italian.text.contains(phrase.replacingOccurrences(of: "'", with: "&#39;")), "\(error)")
        #expect(italian.headers["Cache-Control"] == "no-store")
        if status != 400 { #expect(!italian.text.contains("ricerca così com"), "\(error) is not a search problem") }
        let english = errors.response(for: error, request: request("/en/cerca", method: .get))
        #expect(english.status.code == status)
        #expect(english.text.contains("<html lang=\"en\">"))
        #expect(english.text.contains("<h1>\(englishTitle)</h1>"), "\(error)")
        #expect(english.text.contains("action=\"/en/cerca\""))
        #expect(english.text.contains("<a class=\"button button-secondary\" href=\"/en\">Back to the home page</a>"))
        for text in [italian.text, english.text] { #expect(!text.contains("error."), "no catalog key left untranslated") }
    }

    @Test func anUnexpectedErrorIsA500WithTheRequestCodeAndNoDetails() {
        struct Secret: Error {}
        let english = errors.response(for: Secret(), request: request("/en/servizi/x"))
        #expect(english.status == .internalServerError)
        #expect(english.text.contains("<h1>Something went wrong</h1>"))
        #expect(english.text.contains("Request code: <code>test-1</code>"))
        #expect(!english.text.contains("Secret"))
    }

    @Test func aBadRequestAfterAFormSendsBackToTheFormNotToTheSearch() {
        let after = errors.response(for: PortalError.invalidParameters(["Scegli un voto"]), request: request("/servizi/x/valutazione", method: .post))
        #expect(after.status == .badRequest)
        #expect(after.text.contains("Torna alla pagina precedente, correggi"))
        #expect(!after.text.contains("Puoi correggere la ricerca"))
    }

    @Test func noPortalCodePatchesTheStatusOfARenderedResponse() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/Portal")
        let files = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
        #expect(files.count > 50)
        // Domain values named `status` (a card's, a filter's) are not responses.
        let domain = ["draft.status", "filter.status", "model.status"]
        let patched = try files.filter { file in
            try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8).split(separator: "\n").contains { line in
                line.contains(".status = ") && !domain.contains { line.contains($0) }
            }
        }
        #expect(patched.isEmpty, "status patched after rendering in \(patched)")
    }
}
