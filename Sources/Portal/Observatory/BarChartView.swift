import Storage

/// A horizontal bar chart drawn as inline SVG on the server (no JavaScript): `role="img"`
/// with a `<title>` and a `<desc>` that says the figures in words (WCAG 1.1.1); the page puts
/// the full data table next to it. A suppressed value (nil) draws no bar and reads
/// "meno di k". One or two series (the second, e.g. the cards, drawn thinner below).
struct BarChartView: Sendable {
    struct Row: Sendable {
        var label: String
        var value: Int?
        var second: Int? = nil
    }

    let id: String
    let title: String
    let rows: [Row]
    let unit: String
    var secondUnit: String? = nil
    var suppressedText = "meno di 5"

    static let labelWidth = 230, barWidth = 330, rowHeight = 30

    func render() -> HTML {
        guard !rows.isEmpty else { return "<p class=\"meta\">Nessun dato nel periodo scelto.</p>\n" }
        let maxValue = max(1, rows.compactMap(\.value).max() ?? 1)
        let maxSecond = max(1, rows.compactMap(\.second).max() ?? 1)
        let height = rows.count * Self.rowHeight + 10
        let bars: [HTML] = rows.enumerated().map { index, row in
            bar(row, y: index * Self.rowHeight + 4, maxValue: maxValue, maxSecond: maxSecond)
        }
        return """
        <figure class="chart">
        <svg class="chart-svg" viewBox="0 0 \(Self.labelWidth + Self.barWidth + 70) \(height)" role="img" \
        aria-labelledby="\(id)-titolo \(id)-descrizione" focusable="false">
        <title id="\(id)-titolo">\(title)</title>
        <desc id="\(id)-descrizione">\(summary())</desc>
        \(bars)</svg>
        \(legend())</figure>

        """
    }

    func bar(_ row: Row, y: Int, maxValue: Int, maxSecond: Int) -> HTML {
        let label = row.label.count > 30 ? String(row.label.prefix(29)) + "…" : row.label
        let x = Self.labelWidth
        var out: HTML = "<text class=\"chart-label\" x=\"\(x - 8)\" y=\"\(y + 14)\" text-anchor=\"end\">\(label)</text>"
        if let value = row.value {
            let width = max(value > 0 ? 2 : 0, value * Self.barWidth / maxValue)
            out.append("<rect class=\"chart-bar\" x=\"\(x)\" y=\"\(y)\" width=\"\(width)\" height=\"\(secondUnit == nil ? 20 : 13)\"></rect>")
            out.append("<text class=\"chart-value\" x=\"\(x + width + 6)\" y=\"\(y + 12)\">\(value)</text>")
        } else {
            out.append("<text class=\"chart-value\" x=\"\(x + 6)\" y=\"\(y + 12)\">\(suppressedText)</text>")
        }
        if secondUnit != nil, let second = row.second {
            let width = max(second > 0 ? 2 : 0, second * Self.barWidth / maxSecond)
            out.append("<rect class=\"chart-bar-alt\" x=\"\(x)\" y=\"\(y + 15)\" width=\"\(width)\" height=\"8\"></rect>")
            out.append("<text class=\"chart-value chart-value-alt\" x=\"\(x + width + 6)\" y=\"\(y + 24)\">\(second)</text>")
        }
        return out.appendingNewline()
    }

    /// The figures in words, for screen readers: every row (charts have at most 20).
    func summary() -> String {
        let parts = rows.map { row -> String in
            var text = "\(row.label): " + (row.value.map { "\($0) \(unit)" } ?? suppressedText + " " + unit)
            if let secondUnit, let second = row.second { text += ", \(second) \(secondUnit)" }
            return text
        }
        return parts.joined(separator: "; ") + "."
    }

    func legend() -> HTML {
        guard let secondUnit else { return HTML() }
        return """
        <figcaption class="chart-legend"><span class="legend-bar"></span> \(unit) \
        <span class="legend-bar-alt"></span> \(secondUnit) (scale diverse)</figcaption>

        """
    }
}

extension HTML {
    func appendingNewline() -> HTML {
        var copy = self
        copy.append("\n")
        return copy
    }
}
