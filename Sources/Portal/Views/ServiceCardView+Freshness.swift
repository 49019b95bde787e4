import Catalog

extension ServiceCardView {
    /// "Informazioni verificate il … da <organisation>. Dati riferiti al …" (never a person).
    func freshnessLine() -> HTML {
        guard let verification else {
            return "\(l10n.tr("card.updated_on")) <time datetime=\"\(ItalianDate.iso(service.updatedAt))\">\(l10n.date(service.updatedAt))</time>."
        }
        var line: HTML
        if let verified = verification.lastVerifiedAt {
            line = "\(l10n.tr("card.verified_on")) <time datetime=\"\(ItalianDate.iso(verified))\">\(l10n.date(verified))</time>"
            line.append(verification.verifierName.map { " \(l10n.tr("card.verified_by")) \($0)." } ?? " \(l10n.tr("card.verified_by_editors"))")
        } else {
            line = "\(l10n.tr("card.info_not_verified"))"
        }
        if let facts = verification.factsDate {
            line.append(" \(l10n.tr("card.facts_date")) <time datetime=\"\(facts.iso)\">\(l10n.date(facts))</time>.")
        }
        return line
    }

    /// The public flag on a published card past its re-verification date.
    func freshnessNotice() -> HTML {
        guard let verification, verification.state != .current, service.status == .published else { return HTML() }
        return """
        <div class="notice freshness-due" role="note"><p><strong>\(l10n.tr("badge.to_verify")).</strong> \
        \(l10n.tr("card.overdue", ["date": l10n.date(verification.dueOn)]))</p></div>

        """
    }
}
