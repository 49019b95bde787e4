/// A small label. The words carry the meaning; the colour (`kind`) only repeats it, so nothing is
/// said by colour alone (WCAG 1.4.1).
struct BadgeView: Sendable {
    /// Visual family of a badge; each has text and background at contrast ≥ 4.5:1.
    enum Kind: String, Sendable {
        case free = "badge-free"
        case paid = "badge-paid"
        case welfare = "badge-welfare"
        case neutral = "badge-neutral"
        case warning = "badge-warning"
    }

    let text: String
    let kind: Kind

    init(_ text: String, kind: Kind = .neutral) {
        self.text = text
        self.kind = kind
    }

    func render() -> HTML {
        "<span class=\"badge \(kind.rawValue)\">\(text)</span>"
    }
}
