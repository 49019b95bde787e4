/// Form controls for admin pages, GOV.UK style: label, hint, the error message next to the field
/// (same words as the summary), the value the user typed, `aria-describedby` tying them together.
enum AdminForm {
    static func csrf(_ token: String) -> HTML {
        "<input type=\"hidden\" name=\"csrf\" value=\"\(token)\">"
    }

    static func hidden(_ name: String, _ value: String) -> HTML {
        "<input type=\"hidden\" name=\"\(name)\" value=\"\(value)\">"
    }

    /// `<input>` of `type` (text, email, password, date, number, url, tel).
    static func input(_ id: String, label: String, value: String = "", type: String = "text", hint: String? = nil,
                      errors: ErrorSummaryView, autocomplete: String? = nil, required: Bool = false) -> HTML {
        let auto: HTML = autocomplete.map { " autocomplete=\"\($0)\"" } ?? HTML()
        return field(id, label: label, hint: hint, errors: errors) { described in
            "<input type=\"\(type)\" id=\"\(id)\" name=\"\(id)\" value=\"\(type == "password" ? "" : value)\"\(auto)\(described)\(HTML.when(required, " required"))>"
        }
    }

    static func textarea(_ id: String, label: String, value: String, hint: String? = nil, rows: Int = 4,
                         errors: ErrorSummaryView) -> HTML {
        field(id, label: label, hint: hint, errors: errors) { described in
            "<textarea id=\"\(id)\" name=\"\(id)\" rows=\"\(rows)\"\(described)>\(value)</textarea>"
        }
    }

    static func select(_ id: String, label: String, options: [(value: String, label: String)], selected: String,
                       hint: String? = nil, errors: ErrorSummaryView) -> HTML {
        let items: [HTML] = options.map { option in
            "<option value=\"\(option.value)\"\(HTML.when(option.value == selected, " selected"))>\(option.label)</option>"
        }
        return field(id, label: label, hint: hint, errors: errors) { described in
            "<select id=\"\(id)\" name=\"\(id)\"\(described)>\(items)</select>"
        }
    }

    /// A fieldset of checkboxes; the first box carries `id` so the summary link lands on it.
    static func checkboxes(_ id: String, legend: String, options: [(value: String, label: String)], selected: Set<String>,
                           hint: String? = nil, errors: ErrorSummaryView) -> HTML {
        let message = errors.message(for: id)
        let boxes: [HTML] = options.enumerated().map { index, option in
            let boxID = index == 0 ? id : "\(id)-\(index + 1)"
            return """
            <div class="choice"><input type="checkbox" id="\(boxID)" name="\(id)" value="\(option.value)"\(HTML.when(selected.contains(option.value), " checked"))\(invalid(!message.isEmpty))>\
            <label for="\(boxID)">\(option.label)</label></div>
            """
        }
        return """
        <div class="field\(HTML.when(!message.isEmpty, " field-with-error"))"><fieldset\(describedBy(id, hint: hint, hasError: !message.isEmpty))>
        <legend>\(legend)</legend>\(hintHTML(id, hint))\(message)\(boxes)
        </fieldset></div>

        """
    }

    /// A single checkbox (a yes/no flag).
    static func checkbox(_ id: String, label: String, checked: Bool) -> HTML {
        """
        <div class="field"><div class="choice"><input type="checkbox" id="\(id)" name="\(id)" value="1"\(HTML.when(checked, " checked"))>\
        <label for="\(id)">\(label)</label></div></div>

        """
    }

    private static func field(_ id: String, label: String, hint: String?, errors: ErrorSummaryView,
                              control: (HTML) -> HTML) -> HTML {
        let message = errors.message(for: id)
        return """
        <div class="field\(HTML.when(!message.isEmpty, " field-with-error"))">
        <label for="\(id)">\(label)</label>\(hintHTML(id, hint))\(message)\(control("\(describedBy(id, hint: hint, hasError: !message.isEmpty))\(invalid(!message.isEmpty))"))
        </div>

        """
    }

    private static func hintHTML(_ id: String, _ hint: String?) -> HTML {
        hint.map { "<span class=\"hint\" id=\"\(id)-suggerimento\">\($0)</span>" } ?? HTML()
    }

    /// `aria-invalid="true"` on a control whose value was refused (WCAG 3.3.1).
    static func invalid(_ flag: Bool) -> HTML {
        HTML.when(flag, " aria-invalid=\"true\"")
    }

    private static func describedBy(_ id: String, hint: String?, hasError: Bool) -> HTML {
        var ids: [String] = []
        if hint != nil { ids.append("\(id)-suggerimento") }
        if hasError { ids.append("\(id)-errore") }
        return ids.isEmpty ? HTML() : " aria-describedby=\"\(ids.joined(separator: " "))\""
    }
}
