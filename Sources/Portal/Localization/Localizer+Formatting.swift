import Catalog
import Foundation

extension Localizer {
    /// A date in Italian civil time written in this language: "12 marzo 2025", "12 March 2025"
    /// (`date.long` with `{day}`, `{month}` from `date.month.1`…`12`, `{year}`).
    func date(_ date: Date) -> String {
        let (year, month, day) = ItalianDate.civilDay(date)
        return longDate(year: year, month: month, day: day)
    }

    /// A calendar day written in this language.
    func date(_ day: CalendarDay) -> String {
        longDate(year: day.year, month: max(1, min(12, day.month)), day: day.day)
    }

    func longDate(year: Int, month: Int, day: Int) -> String {
        tr("date.long", ["day": String(day), "month": tr("date.month.\(month)"), "year": String(year)])
    }
}

extension Localizer {
    /// "a", "a e b", "a, b e c" with this language's `list.and`.
    func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " \(tr("list.and")) " + items[items.count - 1]
    }
}

extension Localizer {
    /// The text of `key` as HTML: the text is escaped and each `{name}` is replaced by the
    /// markup in `markup` (a link, `<code>`, `<strong>`…), so prose with inline markup stays in the
    /// catalog as plain text. A placeholder with no markup is filled from `values` like `tr`.
    func html(_ key: String, _ markup: [String: HTML] = [:], values: [String: String] = [:]) -> HTML {
        var out = HTML(text: tr(key, values))
        for (name, fragment) in markup {
            out = HTML(unsafeRaw: out.rendered.replacingOccurrences(of: "{\(name)}", with: fragment.rendered))
        }
        return out
    }
}
