import Catalog

extension ServiceCardView {
    /// "Queste informazioni ti sono state utili?" (clarity 1–5 with reasons) and "Segnala un
    /// errore": plain forms, no account, protected by a signed token and a honeypot field.
    func feedbackForms() -> HTML {
        guard let token = feedbackToken, service.status == .published else { return HTML() }
        let path = "/servizi/\(service.slug)"
        let stars: [HTML] = (1...5).map { n in
            "<div class=\"choice\"><input type=\"radio\" id=\"voto-\(n)\" name=\"voto\" value=\"\(n)\" required><label for=\"voto-\(n)\">\(n)</label></div>"
        }
        let reasons: [HTML] = FeedbackRepository.reasons.map { reason in
            "<div class=\"choice\"><input type=\"checkbox\" id=\"motivo-\(reason.code)\" name=\"motivo\" value=\"\(reason.code)\"><label for=\"motivo-\(reason.code)\">\(reason.label)</label></div>"
        }
        let trap: HTML = "<div class=\"visually-hidden\" aria-hidden=\"true\"><label for=\"%ID%\">Non compilare</label><input type=\"text\" id=\"%ID%\" name=\"sito_web\" tabindex=\"-1\" autocomplete=\"off\"></div>"
        return """
        <section class="panel no-print feedback" aria-labelledby="feedback-titolo">
        <h2 id="feedback-titolo">Queste informazioni ti sono state utili?</h2>
        <form action="\(path)/valutazione" method="post">
        <input type="hidden" name="token" value="\(token)">
        <fieldset><legend>Quanto è chiara questa scheda, da 1 (per niente) a 5 (del tutto)?</legend>\(stars)</fieldset>
        <fieldset><legend>Perché? (facoltativo)</legend>\(reasons)</fieldset>
        \(HTML(unsafeRaw: trap.rendered.replacingOccurrences(of: "%ID%", with: "sito-web-voto")))<button type="submit" class="button">Invia la valutazione</button>
        </form>
        <h2 id="errore-titolo">Segnala un errore</h2>
        <form action="\(path)/segnalazione" method="post" aria-labelledby="errore-titolo">
        <input type="hidden" name="token" value="\(token)">
        <div class="field"><label for="errore-testo">Che cosa non è corretto?</label>
        <textarea id="errore-testo" name="testo" rows="4" maxlength="2000" required></textarea></div>
        <div class="field"><label for="errore-contatto">Un contatto, se vuoi una risposta (facoltativo)</label>
        <input type="text" id="errore-contatto" name="contatto" maxlength="200" autocomplete="email"></div>
        \(HTML(unsafeRaw: trap.rendered.replacingOccurrences(of: "%ID%", with: "sito-web-errore")))<button type="submit" class="button">Invia la segnalazione</button>
        </form>
        <p class="meta">Non serve registrarsi. La segnalazione arriva a chi gestisce la scheda.</p>
        </section>

        """
    }
}
