/// Decorative inline SVG icons. Every icon is hidden from assistive technology
/// (`aria-hidden="true"`): the text next to it carries the meaning.
enum Icons {
    static let brand: HTML = """
    <svg class="icon brand-icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="32" height="32">\
    <path fill="currentColor" d="M12 21s-7.5-4.6-9.6-9.2C.9 8.6 2.8 4.5 6.6 4.5c2.2 0 3.9 1.2 5.4 3.1 1.5-1.9 3.2-3.1 5.4-3.1 3.8 0 5.7 4.1 4.2 7.3C19.5 16.4 12 21 12 21z"/></svg>
    """

    static let arrow: HTML = """
    <svg class="icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="20" height="20">\
    <path fill="currentColor" d="M13 5l7 7-7 7-1.4-1.4 4.6-4.6H4v-2h12.2l-4.6-4.6z"/></svg>
    """

    static let phone: HTML = """
    <svg class="icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="20" height="20">\
    <path fill="currentColor" d="M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2c.3-.3.7-.4 1-.2 1.1.4 2.3.6 3.6.6.6 0 1 .4 1 1V20c0 .6-.4 1-1 1A17 17 0 0 1 3 4c0-.6.4-1 1-1h3.5c.6 0 1 .4 1 1 0 1.3.2 2.5.6 3.6.1.3 0 .7-.2 1z"/></svg>
    """

    static let place: HTML = """
    <svg class="icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="20" height="20">\
    <path fill="currentColor" d="M12 2a7 7 0 0 0-7 7c0 5.2 7 13 7 13s7-7.8 7-13a7 7 0 0 0-7-7zm0 9.5A2.5 2.5 0 1 1 12 6a2.5 2.5 0 0 1 0 5.5z"/></svg>
    """

    static let info: HTML = """
    <svg class="icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="20" height="20">\
    <path fill="currentColor" d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm1 15h-2v-6h2zm0-8h-2V7h2z"/></svg>
    """
}
