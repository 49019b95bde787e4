import Catalog

/// How a welfare plan pays for a service and what the firm must do: on the card and in the
/// enterprise's plan. Nothing when the card does not say how it is paid and gives no steps.
struct WelfarePaymentView: Sendable {
    let mode: WelfarePaymentMode?
    let firmSteps: String?

    /// The firm's steps: the card's own text, else the mode's standard text, else nil.
    var steps: String? {
        if let own = firmSteps?.trimmingWhitespace(), !own.isEmpty { return own }
        return mode?.defaultFirmSteps
    }

    func render() -> HTML {
        var lines: [HTML] = []
        if let mode { lines.append("<dt>Come paga il piano welfare</dt><dd>\(mode.label)</dd>") }
        if let steps { lines.append("<dt>Cosa deve fare l'impresa</dt><dd>\(steps)</dd>") }
        guard !lines.isEmpty else { return HTML() }
        return "<dl class=\"facts\">\(lines)</dl>\n"
    }
}
