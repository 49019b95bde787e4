/// The emergency numbers shown on every page about violence and abuse: 1522 (the national
/// anti-violence and stalking line, free, always on) and 112, each a `tel:` link so a phone
/// calls it with one tap. Placed right after the page's `h1`.
struct SafetyPanelView: Sendable {
    /// Rendered only when true (callers pass their page's sensitivity).
    let shown: Bool

    func render() -> HTML {
        guard shown else { return HTML() }
        return """
        <section class="safety-panel" aria-labelledby="aiuto-subito">
        <h2 id="aiuto-subito">Se subisci violenza o sei in pericolo</h2>
        <ul class="safety-numbers">
        <li><a class="safety-number" href="tel:1522"><span class="safety-digits">1522</span> \
        Numero antiviolenza e stalking</a> gratuito, attivo 24 ore su 24 tutti i giorni, anche in forma anonima.</li>
        <li><a class="safety-number" href="tel:112"><span class="safety-digits">112</span> \
        Numero unico di emergenza</a> se sei in pericolo adesso.</li>
        </ul>
        <p class="safety-note">Il pulsante «Esci subito» in alto apre un altro sito, ma non cancella la cronologia: \
        se qualcuno può controllare questo dispositivo, usa la navigazione privata (in incognito).</p>
        </section>

        """
    }
}
