/// The "Esci subito" bar: the first element of the page (so the first Tab reaches it), sticky at
/// the top while scrolling. Without JavaScript it is a plain link to a neutral site; with
/// `quick-exit.js` a click replaces the current history entry (`location.replace`) and pressing
/// Escape twice does the same.
struct QuickExitView: Sendable {
    /// Where the link leads: a neutral site that says nothing about this one.
    static let destination = "https://www.google.it/"
    /// The progressive script, served from `Public/`.
    static let scriptPath = "/static/quick-exit.js"

    /// Rendered only when true.
    let shown: Bool

    /// Renders the bar followed by `skipLink`. The skip link goes inside the bar's landmark when the
    /// bar is shown: it no longer precedes every other link, so axe would otherwise count it as
    /// content outside any landmark.
    func render(followedBy skipLink: HTML) -> HTML {
        guard shown else { return skipLink }
        return """
        <section class="quick-exit" aria-label="Uscita rapida">
        <div class="wrap quick-exit-inner">
        <a class="quick-exit-link" href="\(Self.destination)" rel="noreferrer" data-quick-exit>Esci subito</a>
        <span class="quick-exit-hint">Apre subito un altro sito.<span class="quick-exit-keys" hidden> \
        Con la tastiera: premi due volte Esc.</span></span>
        </div>
        \(skipLink)
        </section>
        <script src="\(Self.scriptPath)" defer></script>

        """
    }
}
