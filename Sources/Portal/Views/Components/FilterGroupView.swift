/// One option of a filter group, with the number of results it would give.
struct FilterOption: Sendable, Equatable {
    var value: String
    var label: String
    var count: Int?
    var isSelected: Bool

    init(value: String, label: String, count: Int? = nil, isSelected: Bool = false) {
        self.value = value
        self.label = label
        self.count = count
        self.isSelected = isSelected
    }
}

/// A group of checkboxes (or radio buttons) in a `fieldset` with a `legend`; each option shows
/// its facet count. Works as a plain GET form: "Applica filtri" reloads the page (STYLE 12).
struct FilterGroupView: Sendable {
    enum Control: String, Sendable { case checkbox, radio }

    let name: String
    let legend: String
    let options: [FilterOption]
    let control: Control
    /// Whether the group folds into a `details` element (open when something is selected).
    let collapsible: Bool
    /// Whether a collapsible group starts open even with nothing selected.
    let startsOpen: Bool
    /// The language of the "(2 scelti)" note.
    var localizer: Localizer = .italian

    init(name: String, legend: String, options: [FilterOption], control: Control = .checkbox,
                collapsible: Bool = false, startsOpen: Bool = false) {
        self.name = name
        self.legend = legend
        self.options = options
        self.control = control
        self.collapsible = collapsible
        self.startsOpen = startsOpen
    }

    func render() -> HTML {
        guard !options.isEmpty else { return HTML() }
        let items: [HTML] = options.enumerated().map { index, option in
            let id = "f-\(name)-\(index)"
            let checked: HTML = option.isSelected ? " checked" : ""
            let count: HTML = option.count.map { "<span class=\"count\">(\($0))</span>" } ?? HTML()
            return """
            <div class="choice"><input type="\(control.rawValue)" id="\(id)" name="\(name)" \
            value="\(option.value)"\(checked)><label for="\(id)">\(option.label) \(count)</label></div>

            """
        }
        let fieldset: HTML = """
        <fieldset class="filter-group" id="f-\(name)">
        <legend>\(legend)</legend>
        \(items)</fieldset>

        """
        guard collapsible else { return fieldset }
        let selected = options.filter(\.isSelected).count
        let open: HTML = selected > 0 || startsOpen ? " open" : ""
        let note: HTML = selected > 0 ? " <span class=\"count\">(\(localizer.count(selected, "filter.chosen")))</span>" : ""
        return """
        <details class="filter-details"\(open)>
        <summary>\(legend)\(note)</summary>
        \(fieldset)</details>

        """
    }
}
