/// `/imprese/welfare-aziendale`: corporate and territorial welfare for a small firm, in plain
/// Italian (what art. 51 TUIR allows, how a plan is set up, the regional pacts and the desks).
/// A general guide, not tax advice: the page says so and points to a consultant.
struct WelfareExplainerView: Sendable {
    let layout: LayoutView

    func render() -> HTML {
        let meta = PageMetadata(
            title: "Welfare aziendale e territoriale per le piccole imprese",
            description: "Che cosa permette l'art. 51 del TUIR, come si fa un piano di welfare in una piccola impresa, i patti territoriali e gli sportelli.",
            canonicalPath: "/imprese/welfare-aziendale", openGraphType: "article",
            breadcrumb: [BreadcrumbItem("Home", path: "/"), BreadcrumbItem("Per le imprese", path: "/imprese"),
                         BreadcrumbItem("Welfare aziendale, spiegato semplice")])
        return layout.render(meta, content: """
        <h1>Welfare aziendale e territoriale per le piccole imprese</h1>
        <p class="lead">Anche un'impresa con pochi dipendenti può offrire servizi per la famiglia, la salute e il tempo \
        delle persone che ci lavorano, pagando meno tasse e contributi rispetto a un aumento in busta paga.</p>
        \(whatItIs())\(whatTheLawAllows())\(howToStart())\(territory())\(nextSteps())
        """)
    }

    func whatItIs() -> HTML {
        """
        <section aria-labelledby="cos-e"><h2 id="cos-e">Che cos'è</h2>
        <p>Il <strong>welfare aziendale</strong> è l'insieme di servizi e aiuti che l'impresa dà ai dipendenti e alle \
        loro famiglie: asilo nido e centri estivi per i figli, assistenza ai genitori anziani, visite mediche e \
        sanità integrativa, previdenza complementare, abbonamenti ai mezzi pubblici, buoni acquisto.</p>
        <p>Il <strong>welfare territoriale</strong> vuol dire scegliere questi servizi nel proprio territorio: \
        cooperative sociali, associazioni, società di mutuo soccorso, servizi dei comuni. Il denaro resta nella comunità \
        e i dipendenti trovano servizi vicini a casa.</p>
        </section>

        """
    }

    func whatTheLawAllows() -> HTML {
        """
        <section aria-labelledby="legge"><h2 id="legge">Che cosa permette la legge (art. 51 del TUIR)</h2>
        <p>L'articolo 51 del Testo unico delle imposte sui redditi (D.P.R. 917/1986) elenca i beni e i servizi che \
        <strong>non sono reddito</strong> per il dipendente: non si pagano su di essi imposte né, di regola, contributi, \
        e per l'impresa sono un costo deducibile. I più usati sono:</p>
        <ul>
        <li><strong>lettera f</strong>: opere e servizi per educazione, istruzione, ricreazione, assistenza sociale e \
        sanitaria, offerti a tutti i dipendenti o a categorie di dipendenti;</li>
        <li><strong>lettera f-bis</strong>: educazione e istruzione dei familiari, come nidi, scuole, mense, centri estivi e borse di studio;</li>
        <li><strong>lettera f-ter</strong>: assistenza ai familiari anziani o non autosufficienti;</li>
        <li><strong>lettera a</strong>: contributi alla sanità integrativa e alle società di mutuo soccorso;</li>
        <li><strong>lettera d-bis</strong>: abbonamenti al trasporto pubblico per il dipendente e la famiglia;</li>
        <li><strong>comma 3</strong>: beni e servizi in natura (fringe benefit) entro una soglia annua fissata dalla legge.</li>
        </ul>
        <p>Un servizio si può pagare in tre modi, e ogni scheda del portale dice quale: \
        <strong>rimborso</strong> (il dipendente paga e l'impresa rimborsa la ricevuta), \
        <strong>pagamento diretto</strong> (l'impresa paga la fattura dell'ente) o \
        <strong>voucher</strong> (un buono nominativo per un servizio, che non si può cambiare in denaro).</p>
        </section>

        """
    }

    func howToStart() -> HTML {
        """
        <section aria-labelledby="come"><h2 id="come">Come si fa un piano di welfare</h2>
        <ol>
        <li><strong>Chiedete ai dipendenti di che cosa hanno bisogno</strong>: figli piccoli, genitori anziani, \
        salute, tempo. Un breve questionario anonimo basta.</li>
        <li><strong>Scegliete lo strumento</strong>: un <em>regolamento aziendale</em> deciso dall'impresa e valido per \
        tutti (o per categorie), oppure un <em>accordo</em> con i sindacati, anche territoriale. Il contratto collettivo \
        del vostro settore può già prevedere una quota di welfare obbligatoria.</li>
        <li><strong>Decidete il budget</strong> per dipendente e come si usa: servizi scelti dall'impresa o un credito \
        che il dipendente spende tra più servizi, anche al posto di una parte del premio di risultato.</li>
        <li><strong>Scegliete i fornitori</strong>: su questo portale trovate i servizi del territorio pagabili \
        con il welfare; mettetene alcuni nel <a href="/imprese/piano">vostro piano</a> e chiedete informazioni agli enti.</li>
        <li><strong>Conservate i documenti</strong>: regolamento o accordo, fatture e ricevute, voucher emessi.</li>
        </ol>
        </section>

        """
    }

    func territory() -> HTML {
        """
        <section aria-labelledby="rete"><h2 id="rete">Da soli o in rete: patti territoriali e sportelli</h2>
        <p>Le piccole e micro imprese possono unirsi: con una <strong>rete di imprese</strong>, un consulente del lavoro, \
        un'associazione di categoria o una società di mutuo soccorso condividono regolamento, fornitori e gestione.</p>
        <p>In Piemonte la Regione sostiene il welfare territoriale con bandi e <strong>patti territoriali</strong> \
        che mettono insieme imprese, enti locali, sindacati e Terzo settore. Gli <strong>sportelli welfare</strong> \
        aiutano imprese e lavoratori a orientarsi: trovate quelli vicini nella pagina del vostro comune, \
        per esempio cercando il comune nella <a href="/territori">pagina dei territori</a>.</p>
        </section>

        """
    }

    func nextSteps() -> HTML {
        """
        <div class="notice" role="note"><p>Questa pagina è una guida generale, non una consulenza fiscale: limiti, soglie e \
        condizioni cambiano con le leggi di bilancio. Prima di decidere, parlatene con il vostro consulente del lavoro \
        o commercialista.</p></div>
        <p><a class="button" href="/imprese">Cerca i servizi pagabili con il welfare</a></p>

        """
    }
}
