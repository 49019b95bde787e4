/// The zero-result map: needs (rows) × territories (columns) as an SVG grid whose cells are
/// darker where more searches found nothing. Text alternative in `<desc>`; the page adds the
/// data table. Suppressed cells are hatched and read "meno di k".
struct HeatmapView: Sendable {
    struct Cell: Sendable {
        var row: Int
        var column: Int
        var value: Int?
    }

    let id: String
    let title: String
    let rowLabels: [String]
    let columnLabels: [String]
    let cells: [Cell]
    var suppressedText = "meno di 5"

    static let labelWidth = 230, cellWidth = 64, cellHeight = 26, headerHeight = 96

    func render() -> HTML {
        guard !rowLabels.isEmpty, !columnLabels.isEmpty, !cells.isEmpty else {
            return "<p class=\"meta\">Nel periodo scelto ogni ricerca ha trovato almeno un servizio.</p>\n"
        }
        let maxValue = max(1, cells.compactMap(\.value).max() ?? 1)
        let width = Self.labelWidth + columnLabels.count * Self.cellWidth + 10
        let height = Self.headerHeight + rowLabels.count * Self.cellHeight + 10
        var parts: [HTML] = []
        for (index, label) in columnLabels.enumerated() {
            let x = Self.labelWidth + index * Self.cellWidth + Self.cellWidth / 2
            let short = label.count > 16 ? String(label.prefix(15)) + "…" : label
            parts.append("<text class=\"chart-label\" transform=\"translate(\(x) \(Self.headerHeight - 6)) rotate(-40)\">\(short)</text>\n")
        }
        for (index, label) in rowLabels.enumerated() {
            let short = label.count > 30 ? String(label.prefix(29)) + "…" : label
            parts.append("<text class=\"chart-label\" x=\"\(Self.labelWidth - 8)\" y=\"\(Self.headerHeight + index * Self.cellHeight + 17)\" text-anchor=\"end\">\(short)</text>\n")
        }
        for cell in cells { parts.append(render(cell, maxValue: maxValue)) }
        return """
        <figure class="chart">
        <svg class="chart-svg" viewBox="0 0 \(width) \(height)" role="img" aria-labelledby="\(id)-titolo \(id)-descrizione" focusable="false">
        <title id="\(id)-titolo">\(title)</title>
        <desc id="\(id)-descrizione">\(summary())</desc>
        \(parts)</svg>
        </figure>

        """
    }

    func render(_ cell: Cell, maxValue: Int) -> HTML {
        let x = Self.labelWidth + cell.column * Self.cellWidth
        let y = Self.headerHeight + cell.row * Self.cellHeight
        guard let value = cell.value else {
            return "<rect class=\"heat heat-hidden\" x=\"\(x)\" y=\"\(y)\" width=\"\(Self.cellWidth - 2)\" height=\"\(Self.cellHeight - 2)\"></rect><text class=\"heat-text\" x=\"\(x + 6)\" y=\"\(y + 17)\">&lt;5</text>\n"
        }
        let level = min(4, max(1, (value * 4 + maxValue - 1) / maxValue))
        return "<rect class=\"heat heat-\(level)\" x=\"\(x)\" y=\"\(y)\" width=\"\(Self.cellWidth - 2)\" height=\"\(Self.cellHeight - 2)\"></rect><text class=\"heat-text heat-text-\(level)\" x=\"\(x + 6)\" y=\"\(y + 17)\">\(value)</text>\n"
    }

    func summary() -> String {
        let described = cells.sorted { ($0.value ?? 0) > ($1.value ?? 0) }.prefix(10).map { cell in
            "\(rowLabels[cell.row]) a \(columnLabels[cell.column]): " + (cell.value.map { "\($0)" } ?? suppressedText)
        }
        return "Ricerche senza risultati, dalle più numerose: " + described.joined(separator: "; ") + "."
    }
}
