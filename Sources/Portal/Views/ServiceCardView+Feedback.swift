import Catalog

extension ServiceCardView {
    /// "Queste informazioni ti sono state utili?" (clarity 1–5 with reasons) and "Segnala un
    /// errore": plain forms, no account, protected by a signed token and a honeypot field.
    func feedbackForms() -> HTML {
        guard let token = feedbackToken, service.status == .published else { return HTML() }
        let path = l10n.path("/servizi/\(service.slug)")
        let stars: [HTML] = (1...5).map { n in
            "<div class=\"choice\"><input type=\"radio\" id=\"voto-\(n)\" name=\"voto\" value=\"\(n)\" required><label for=\"voto-\(n)\">\(n)</label></div>"
        }
        let reasons: [HTML] = FeedbackRepository.reasons.map { reason in
            "<div class=\"choice\"><input type=\"checkbox\" id=\"motivo-\(reason.code)\" name=\"motivo\" value=\"\(reason.code)\"><label for=\"motivo-\(reason.code)\">\(l10n.label("feedback_reason", code: reason.code, italian: reason.label))</label></div>"
        }
        let trap: HTML = "<div class=\"visually-hidden\" aria-hidden=\"true\"><label for=\"%ID%\">\(l10n.tr("feedback.trap"))</label><input type=\"text\" id=\"%ID%\" name=\"sito_web\" tabindex=\"-1\" autocomplete=\"off\"></div>"
        return """
        <section class="panel no-print feedback" aria-labelledby="feedback-titolo">
        <h2 id="feedback-titolo">\(l10n.tr("feedback.title"))</h2>
        <form action="\(path)/valutazione" method="post">
        <input type="hidden" name="token" value="\(token)">
        <fieldset><legend>\(l10n.tr("feedback.clarity"))</legend>\(stars)</fieldset>
        <fieldset><legend>\(l10n.tr("feedback.why"))</legend>\(reasons)</fieldset>
        \(HTML(unsafeRaw: trap.rendered.replacingOccurrences(of: "%ID%", with: "sito-web-voto")))<button type="submit" class="button">\(l10n.tr("feedback.send_rating"))</button>
        </form>
        <h2 id="errore-titolo">\(l10n.tr("feedback.report_title"))</h2>
        <form action="\(path)/segnalazione" method="post" aria-labelledby="errore-titolo">
        <input type="hidden" name="token" value="\(token)">
        <div class="field"><label for="errore-testo">\(l10n.tr("feedback.report_what"))</label>
        <textarea id="errore-testo" name="testo" rows="4" maxlength="2000" required></textarea></div>
        <div class="field"><label for="errore-contatto">\(l10n.tr("feedback.report_contact"))</label>
        <input type="text" id="errore-contatto" name="contatto" maxlength="200" autocomplete="email"></div>
        \(HTML(unsafeRaw: trap.rendered.replacingOccurrences(of: "%ID%", with: "sito-web-errore")))<button type="submit" class="button">\(l10n.tr("feedback.send_report"))</button>
        </form>
        <p class="meta">\(l10n.tr("feedback.no_account"))</p>
        </section>

        """
    }
}
