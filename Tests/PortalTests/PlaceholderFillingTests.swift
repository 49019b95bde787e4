@testable import Portal
import Testing

/// Messages fill `{name}` placeholders in one pass: values are never re-scanned, unknown
/// placeholders stay as written, and `html` escapes text and values but not markup.
@Suite struct PlaceholderFillingTests {
    let l10n: Localizer

    init() throws {
        let italian = try MessageCatalog.parse("""
            @language\tItaliano
            greeting\tCiao {name}, benvenuto a {place}.
            swap\t{a} e {b}
            open\tPrezzo {n} {senza chiusura
            unknown\t{n} di {totale}
            link\tVai a {link} per «{what}» & altro.
            """, code: "it")
        l10n = try MessageCatalogs([italian]).localizer("it")
    }

    @Test func fillsEveryPlaceholderAndKeepsValuesAsWritten() {
        #expect(l10n.tr("greeting", ["name": "Anna", "place": "Pinerolo"]) == "Ciao Anna, benvenuto a Pinerolo.")
        // A value that looks like another placeholder is not filled again, whatever the order.
        #expect(l10n.tr("swap", ["a": "{b}", "b": "{a}"]) == "{b} e {a}")
        #expect(l10n.tr("unknown", ["n": "3"]) == "3 di {totale}")
        #expect(l10n.tr("open", ["n": "5"]) == "Prezzo 5 {senza chiusura")
        #expect(l10n.tr("greeting") == "Ciao {name}, benvenuto a {place}.")
        #expect(l10n.tr("missing.key") == "missing.key")
    }

    @Test func htmlEscapesTextAndValuesButNotMarkup() {
        let link: HTML = "<a href=\"/cerca\">la ricerca</a>"
        let html = l10n.html("link", ["link": link], values: ["what": "<b>x</b>"])
        #expect(html.rendered == "Vai a <a href=\"/cerca\">la ricerca</a> per «&lt;b&gt;x&lt;/b&gt;» &amp; altro.")
        #expect(l10n.html("link").rendered == "Vai a {link} per «{what}» &amp; altro.")
    }
}
