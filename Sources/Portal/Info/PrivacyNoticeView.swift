/// `/privacy`: what the portal keeps about visitors. Every statement mirrors the code:
/// `AccessLog` (no query strings, headers, cookies or bodies), the observatory's aggregates
/// (`SearchStatRecorder`, k = 5), `card_feedback`, `contact_request`, and the cookies set.
struct PrivacyNoticeView: Sendable {
    let layout: LayoutView

    func render() -> HTML {
        let meta = PageMetadata(
            title: "Informativa privacy",
            description: "Quali dati tratta Vetrina Welfare: registro degli accessi, statistiche anonime, segnalazioni, richieste di contatto e cookie tecnici.",
            canonicalPath: "/privacy",
            breadcrumb: [BreadcrumbItem("Home", path: "/"), BreadcrumbItem("Informativa privacy")])
        return layout.render(meta, content: """
        <h1>Informativa privacy</h1>
        <p class="lead">Per cercare un servizio non devi registrarti né dare dati personali. Qui trovi che cosa \
        il portale registra e perché.</p>
        <section aria-labelledby="registro"><h2 id="registro">Registro degli accessi</h2>
        <p>Per sicurezza e per il buon funzionamento il server scrive una riga per ogni richiesta con: data e ora, \
        indirizzo IP e porta di chi si collega, metodo, indirizzo della pagina <strong>senza la parte dopo il \
        punto di domanda</strong> (quindi senza le parole cercate), esito, dimensione della risposta, durata e un \
        codice della richiesta. Non registra intestazioni, cookie né il contenuto dei moduli.</p>
        <p>Il registro è scritto sull'uscita di errore del server e non nella banca dati del portale: quanto a lungo \
        è conservato dipende da chi gestisce il servizio, che lo indica qui; nella versione dimostrativa non è \
        definito un periodo di conservazione.</p>
        </section>
        <section aria-labelledby="osservatorio-dati"><h2 id="osservatorio-dati">Osservatorio dei bisogni</h2>
        <p>Se l'osservatorio è attivo, di ogni ricerca si conta solo un totale anonimo per giorno: bisogno, \
        territorio, destinatari e fascia di risultati. Una parola cercata fuori dal vocabolario del portale è \
        conservata solo dopo che almeno 5 ricerche dello stesso giorno l'hanno usata; nei prospetti pubblici i \
        numeri da 1 a 4 non sono mostrati (soglia k = 5), così nessuno può essere riconosciuto.</p>
        </section>
        <section aria-labelledby="segnalazioni"><h2 id="segnalazioni">Segnalazioni sulle schede</h2>
        <p>Il modulo «Questa scheda ti è stata utile?» conserva il giudizio, i motivi, il messaggio e, solo se \
        lo scrivi tu, un contatto per risponderti. Sono letti dalla redazione per correggere le schede.</p>
        </section>
        <section aria-labelledby="richieste"><h2 id="richieste">Richieste di informazioni delle imprese</h2>
        <p>Quando un'impresa chiede informazioni dal proprio piano conserviamo nome dell'impresa, dimensione, \
        comune, nome, email ed eventuale telefono della persona di contatto, il messaggio, i servizi scelti e la \
        data in cui è stata accettata l'informativa. La richiesta è inoltrata solo agli enti dei servizi scelti.</p>
        </section>
        <section aria-labelledby="cookie"><h2 id="cookie">Cookie</h2>
        <p>Il portale usa solo cookie tecnici, senza profilazione né strumenti di terze parti:</p>
        <ul>
        <li><code>vw_piano</code>: i servizi salvati nel piano di un'impresa, per 180 giorni, solo se usi il piano;</li>
        <li><code>vw_modulo</code>: protegge i moduli pubblici da invii falsificati, per 1 giorno;</li>
        <li><code>vw_accesso</code> e <code>vw_sessione</code>: solo per gli operatori che accedono all'area \
        riservata (accesso per 1 ora, poi la sessione di lavoro).</li>
        </ul>
        <p>In produzione i nomi hanno il prefisso <code>__Host-</code>.</p>
        </section>
        """)
    }
}
