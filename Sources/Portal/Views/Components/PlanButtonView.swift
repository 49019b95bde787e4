/// The "Aggiungi al piano" / "Togli dal piano" button of a result or a card: a plain POST form
/// (no JavaScript) naming the service by slug and the page to come back to.
struct PlanButton: Sendable {
    enum Action: Sendable, Equatable { case add, remove }
    var action: Action
    /// A path on this site to return to after the change.
    var returnTo: String
    /// The language of the label (the plan itself is an Italian-only page).
    var localizer: Localizer = .italian

    init(_ action: Action, returnTo: String) {
        self.action = action
        self.returnTo = returnTo
    }

    /// The form for the service `slug` titled `title` (the title makes each button's name unique).
    func render(slug: String, title: String) -> HTML {
        let (path, label): (String, String) = action == .add
            ? ("/imprese/piano/aggiungi", localizer.tr("plan.add"))
            : ("/imprese/piano/togli", localizer.tr("plan.remove"))
        return """
        <form method="post" action="\(path)" class="plan-form">\
        <input type="hidden" name="servizio" value="\(slug)"><input type="hidden" name="ritorno" value="\(returnTo)">\
        <button type="submit" class="button button-secondary">\(label)<span class="visually-hidden">: \(title)</span></button>\
        </form>

        """
    }
}
