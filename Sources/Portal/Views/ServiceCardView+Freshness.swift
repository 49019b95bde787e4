import Catalog

extension ServiceCardView {
    /// "Informazioni verificate il … da <organisation>. Dati riferiti al …" (never a person).
    func freshnessLine() -> HTML {
        guard let verification else {
            return "Aggiornato il <time datetime=\"\(ItalianDate.iso(service.updatedAt))\">\(ItalianDate.long(service.updatedAt))</time>."
        }
        var line: HTML
        if let verified = verification.lastVerifiedAt {
            line = "Informazioni verificate il <time datetime=\"\(ItalianDate.iso(verified))\">\(ItalianDate.long(verified))</time>"
            line.append(verification.verifierName.map { " da \($0)." } ?? " dalla redazione del portale.")
        } else {
            line = "Informazioni non ancora verificate con l'ente."
        }
        if let facts = verification.factsDate {
            line.append(" Dati riferiti al <time datetime=\"\(facts.iso)\">\(ItalianDate.long(facts))</time>.")
        }
        return line
    }

    /// The public flag on a published card past its re-verification date.
    func freshnessNotice() -> HTML {
        guard let verification, verification.state != .current, service.status == .published else { return HTML() }
        return """
        <div class="notice freshness-due" role="note"><p><strong>Informazioni da verificare.</strong> \
        Questa scheda doveva essere verificata con l'ente entro il \(ItalianDate.long(verification.dueOn)): \
        prima di muoverti, contatta l'ente per conferma.</p></div>

        """
    }
}
