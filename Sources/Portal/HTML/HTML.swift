/// A fragment of HTML that is safe to insert into a page as it is.
///
/// Escape by default: a `String` interpolated into an `HTML` literal is escaped
/// (`&`, `<`, `>`, `"`, `'` become character references), so it is safe both as element text
/// and inside a double-quoted attribute value. Only `HTML` values (and numbers) are inserted raw.
///
/// ```swift
/// let title = "<script>"
/// let h: HTML = "<h1>\(title)</h1>"   // <h1>&lt;script&gt;</h1>
/// ```
///
/// Limits: it does not parse or validate markup; a URL inserted into `href` must go through
/// `SafeURL` so that `javascript:` and similar schemes never reach a page.
struct HTML: Sendable, Equatable, CustomStringConvertible, ExpressibleByStringInterpolation {
    /// The markup, already escaped.
    private(set) var rendered: String

    /// Wraps markup that is already safe. Use only for trusted constants (never for input).
    init(unsafeRaw markup: String) { rendered = markup }

    /// An empty fragment.
    init() { rendered = "" }

    /// A literal is trusted markup written by us.
    init(stringLiteral value: String) { rendered = value }

    init(stringInterpolation: Interpolation) { rendered = stringInterpolation.output }

    /// Text made safe: every special character is escaped.
    init(text: String) { rendered = HTMLEscaping.escape(text) }

    var description: String { rendered }

    var isEmpty: Bool { rendered.isEmpty }

    /// The UTF-8 bytes of the markup, for a response body.
    var bytes: [UInt8] { Array(rendered.utf8) }

    /// Appends another fragment.
    mutating func append(_ other: HTML) { rendered += other.rendered }

    /// Builds HTML literals: `String` and `Substring` values are escaped, `HTML` is inserted raw.
    struct Interpolation: StringInterpolationProtocol {
        var output: String

        init(literalCapacity: Int, interpolationCount: Int) {
            output = ""
            output.reserveCapacity(literalCapacity + interpolationCount * 16)
        }

        mutating func appendLiteral(_ literal: String) { output += literal }

        /// Escaped text.
        mutating func appendInterpolation(_ text: String) {
            HTMLEscaping.escape(text, into: &output)
        }

        /// Escaped text.
        mutating func appendInterpolation(_ text: Substring) {
            HTMLEscaping.escape(String(text), into: &output)
        }

        /// Escaped text, or nothing for nil.
        mutating func appendInterpolation(_ text: String?) {
            if let text { HTMLEscaping.escape(text, into: &output) }
        }

        /// Trusted markup, inserted as it is.
        mutating func appendInterpolation(_ html: HTML) { output += html.rendered }

        /// Trusted fragments, one after the other.
        mutating func appendInterpolation(_ fragments: [HTML]) {
            for fragment in fragments { output += fragment.rendered }
        }

        /// A number, in plain digits.
        mutating func appendInterpolation(_ number: Int) { output += String(number) }

        /// A URL checked by `SafeURL`, escaped for an attribute.
        mutating func appendInterpolation(_ url: SafeURL) {
            HTMLEscaping.escape(url.value, into: &output)
        }
    }
}

extension HTML {
    /// Joins fragments with an optional trusted separator.
    static func join(_ fragments: [HTML], separator: HTML = HTML()) -> HTML {
        var out = HTML()
        for (index, fragment) in fragments.enumerated() {
            if index > 0 { out.append(separator) }
            out.append(fragment)
        }
        return out
    }

    /// `fragment` when `condition` holds, otherwise nothing.
    static func when(_ condition: Bool, _ fragment: @autoclosure () -> HTML) -> HTML {
        condition ? fragment() : HTML()
    }
}
