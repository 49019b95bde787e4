import Catalog

/// "Il tuo sportello welfare più vicino" on a comune's page: the desks serving the comune.
struct WelfareDesksView: Sendable {
    let comuneName: String
    let desks: [WelfareDesk]

    func render() -> HTML {
        guard !desks.isEmpty else { return HTML() }
        let items: [HTML] = desks.map { desk in
            let place: HTML = desk.place.map { "<dt>Dove</dt><dd>\($0)</dd>" } ?? HTML()
            let phone: HTML = desk.phone.map { "<dt>Telefono</dt><dd>\($0)</dd>" } ?? HTML()
            let reach: HTML = desk.isInComune ? HTML() : "<dt>Serve</dt><dd>anche chi vive a \(comuneName)</dd>"
            return """
            <li class="result"><h3><a href="\(SafeURL(path: "/servizi/\(desk.slug)"))">\(desk.title)</a></h3>
            <p class="meta">\(desk.organizationName)</p>
            <dl class="facts facts-inline">\(place)\(phone)\(reach)</dl></li>

            """
        }
        return """
        <section class="panel" aria-labelledby="sportello-vicino">
        <h2 id="sportello-vicino">Il tuo sportello welfare più vicino</h2>
        <p>Allo sportello ti aiutano a capire quali servizi fanno per te e ti preparano un piano personale da portare a casa.</p>
        <ul class="results">\(items)</ul>
        </section>

        """
    }
}
