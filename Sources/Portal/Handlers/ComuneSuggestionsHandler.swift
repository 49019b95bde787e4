import HTTPServer

/// `GET /api/comuni?q=pin`: up to 10 comuni for the progressive autocomplete, as
/// `{"comuni":[{"nome":"Pinerolo","provincia":"TO","cap":"10064","slug":"pinerolo"}]}`.
/// Fewer than 2 characters give an empty list; the page works without this endpoint.
struct ComuneSuggestionsHandler: Sendable {
    let context: PageContext

    func handle(_ request: HTTPRequest) throws -> HTTPResponse {
        let form: URLEncodedForm
        do { form = try context.query(request) } catch { return Self.badQuery() }
        let typed = String((form["q"] ?? "").trimmingWhitespace().prefix(80))
        let comuni = typed.count < 2 ? [] : try context.catalog.suggestComuni(typed, limit: 10)
        let json = JSONValue.object([("comuni", .array(comuni.map { comune in
            .object([
                ("nome", .string(comune.name)), ("provincia", .string(comune.provinceCode)),
                ("cap", .string(comune.postalCodes.first ?? "")), ("slug", .string(comune.slug)),
            ])
        }))])
        return HTMLResponse.body(json.encoded, contentType: "application/json; charset=utf-8",
                                 cache: .publicFor(seconds: 3_600))
    }

    /// 400 with `{"errore":"…"}` for a query string that cannot be decoded: callers expect JSON.
    static func badQuery() -> HTTPResponse {
        let json = JSONValue.object([("errore", .string("La richiesta contiene caratteri non validi."))])
        return HTMLResponse.body(json.encoded, contentType: "application/json; charset=utf-8", status: .badRequest, cache: .none)
    }
}
