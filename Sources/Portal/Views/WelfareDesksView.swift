import Catalog

/// "Il tuo sportello welfare più vicino" on a comune's page: the desks serving the comune.
struct WelfareDesksView: Sendable {
    let comuneName: String
    let desks: [WelfareDesk]
    /// The language of the page.
    var localizer: Localizer = .italian

    func render() -> HTML {
        guard !desks.isEmpty else { return HTML() }
        let items: [HTML] = desks.map { desk in
            let place: HTML = desk.place.map { "<dt>\(localizer.tr("result.where"))</dt><dd>\($0)</dd>" } ?? HTML()
            let phone: HTML = desk.phone.map { "<dt>\(localizer.tr("card.phone"))</dt><dd>\($0)</dd>" } ?? HTML()
            let reach: HTML = desk.isInComune ? HTML() : "<dt>\(localizer.tr("desk.serves"))</dt><dd>\(localizer.tr("desk.serves_also", ["comune": comuneName]))</dd>"
            return """
            <li class="result"><h3><a href="\(SafeURL(path: localizer.path("/servizi/\(desk.slug)")))">\(desk.title)</a></h3>
            <p class="meta">\(desk.organizationName)</p>
            <dl class="facts facts-inline">\(place)\(phone)\(reach)</dl></li>

            """
        }
        return """
        <section class="panel" aria-labelledby="sportello-vicino">
        <h2 id="sportello-vicino">\(localizer.tr("desk.title"))</h2>
        <p>\(localizer.tr("desk.text"))</p>
        <ul class="results">\(items)</ul>
        </section>

        """
    }
}
