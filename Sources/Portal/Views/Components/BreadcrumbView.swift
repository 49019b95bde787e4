/// "Sei qui": the path from the home page to the current page, as an ordered list in a
/// labelled `nav`. The last item is the current page (`aria-current="page"`, no link).
struct BreadcrumbView: Sendable {
    let items: [BreadcrumbItem]
    /// The `nav`'s accessible name ("Sei qui", or its translation).
    let label: String

    init(items: [BreadcrumbItem], label: String = "Sei qui") {
        self.items = items
        self.label = label
    }

    func render() -> HTML {
        guard !items.isEmpty else { return HTML() }
        let steps: [HTML] = items.enumerated().map { index, item in
            guard index < items.count - 1 else { return "<li aria-current=\"page\">\(item.label)</li>" }
            guard let path = item.path else { return "<li>\(item.label)</li>" }
            return "<li><a href=\"\(SafeURL(path: path))\">\(item.label)</a></li>"
        }
        return "<nav class=\"breadcrumb\" aria-label=\"\(label)\"><ol>\(steps)</ol></nav>\n"
    }
}
