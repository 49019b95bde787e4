import Catalog

/// How a welfare plan pays for a service and what the firm must do: on the card and in the
/// enterprise's plan. Nothing when the card does not say how it is paid and gives no steps.
struct WelfarePaymentView: Sendable {
    let mode: WelfarePaymentMode?
    let firmSteps: String?
    /// The language of the labels and of the mode's standard steps (`welfare_mode.*`, `welfare_steps.*`).
    var localizer: Localizer = .italian

    /// The firm's steps: the card's own text, else the mode's standard text, else nil.
    var steps: String? {
        if let own = firmSteps?.trimmingWhitespace(), !own.isEmpty { return own }
        return mode.map { localizer.label("welfare_steps", code: $0.rawValue, italian: $0.defaultFirmSteps) }
    }

    func render() -> HTML {
        var lines: [HTML] = []
        if let mode {
            lines.append("<dt>\(localizer.tr("welfare.how_paid"))</dt><dd>\(localizer.label("welfare_mode", code: mode.rawValue, italian: mode.label))</dd>")
        }
        if let steps { lines.append("<dt>\(localizer.tr("welfare.firm_steps"))</dt><dd>\(steps)</dd>") }
        guard !lines.isEmpty else { return HTML() }
        return "<dl class=\"facts\">\(lines)</dl>\n"
    }
}
