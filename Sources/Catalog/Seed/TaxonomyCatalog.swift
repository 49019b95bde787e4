/// The Italian vocabularies seeded into every database. Codes are stable (URLs, filters, CSV
/// imports); labels and descriptions may be improved in later releases.
public enum TaxonomyCatalog {
    /// Every term of `taxonomy`, in display order.
    public static func terms(of taxonomy: Taxonomy) -> [TaxonomyTerm] {
        let rows: [(String, String, String)]
        switch taxonomy {
        case .need: rows = needs
        case .target: rows = targets
        case .deliveryMode: rows = deliveryModes
        case .organizationKind: rows = organizationKinds
        case .serviceType: rows = serviceTypes
        case .tuirCategory: rows = tuirCategories
        case .paymentMethod: rows = paymentMethods
        }
        return rows.enumerated().map { index, row in
            TaxonomyTerm(code: row.0, label: row.1, description: row.2, sortOrder: (index + 1) * 10)
        }
    }

    /// Needs (bisogni), from the surveys in the source reports.
    static let needs: [(String, String, String)] = [
        ("anziani", "Cura e assistenza anziani", "Aiuto a casa, assistenza, sostegno a chi si prende cura di una persona anziana."),
        ("famiglia", "Figli e famiglia", "Nidi, pre e doposcuola, centri estivi, baby sitting, sostegno ai genitori."),
        ("salute", "Salute e prevenzione", "Visite e prestazioni non coperte dal Servizio sanitario nazionale, sanità integrativa, mutue."),
        ("disabilita", "Disabilità e non autosufficienza", "Servizi e sostegni per persone con disabilità o non autosufficienti e per le loro famiglie."),
        ("sostegno_economico", "Previdenza e sostegno economico", "Pensione integrativa, buoni, contributi, accesso al credito."),
        ("conciliazione", "Conciliazione vita-lavoro e servizi salva-tempo", "Maggiordomo aziendale, disbrigo pratiche, spesa a domicilio, flessibilità."),
        ("mobilita", "Mobilità e trasporti", "Trasporto e accompagnamento, abbonamenti, mobilità casa-lavoro."),
        ("lavoro", "Lavoro e inserimento lavorativo", "Ricerca di lavoro, tirocini, accompagnamento e reinserimento lavorativo."),
        ("istruzione", "Istruzione e formazione", "Corsi, formazione per giovani e adulti, borse di studio."),
        ("benessere_psicologico", "Benessere psicologico e supporto sociale", "Ascolto, sostegno psicologico, gruppi di auto-aiuto, contrasto alla solitudine."),
        ("tempo_libero", "Tempo libero, sport e cultura", "Attività ricreative, sportive e culturali."),
        ("casa", "Casa e abitare", "Ricerca della casa, housing sociale, adattamento dell'abitazione."),
        ("orientamento", "Informazione e orientamento", "Sportelli welfare e punti informativi che indirizzano ai servizi giusti."),
        ("inclusione_sociale", "Inclusione sociale e contrasto alla povertà", "Sostegno a persone e famiglie in difficoltà economica o sociale."),
        ("violenza", "Violenza e abusi", "Aiuto a chi subisce violenza, maltrattamenti o stalking: 1522 (gratuito, sempre attivo) e centri antiviolenza."),
    ]

    /// Targets (destinatari).
    static let targets: [(String, String, String)] = [
        ("cittadini", "Tutti i cittadini", ""),
        ("anziani", "Persone anziane", ""),
        ("caregiver", "Familiari che assistono (caregiver)", ""),
        ("famiglie", "Famiglie con figli", ""),
        ("bambini", "Bambini e ragazzi", ""),
        ("giovani", "Giovani", ""),
        ("persone_disabilita", "Persone con disabilità", ""),
        ("non_autosufficienti", "Persone non autosufficienti", ""),
        ("persone_fragili", "Persone in difficoltà economica o sociale", ""),
        ("disoccupati", "Persone in cerca di lavoro", ""),
        ("lavoratori", "Lavoratori e lavoratrici", ""),
        ("imprese", "Imprese e datori di lavoro", ""),
        ("soci", "Soci e associati", ""),
        ("stranieri", "Cittadini stranieri", ""),
        ("donne", "Donne", ""),
        ("enti_terzo_settore", "Enti del Terzo Settore", ""),
    ]

    /// Delivery modes (modalità di fruizione).
    static let deliveryModes: [(String, String, String)] = [
        ("online", "Online", "Sul web, via e-mail o videochiamata."),
        ("sportello", "Allo sportello", "Presso un ufficio o punto di ascolto, con o senza appuntamento."),
        ("struttura", "In una struttura", "In un centro, ambulatorio, scuola o sede dedicata."),
        ("domicilio", "A domicilio", "A casa della persona."),
        ("telefono", "Al telefono", ""),
        ("in_azienda", "In azienda", "Sul luogo di lavoro."),
        ("itinerante", "Itinerante", "In più luoghi a turno, per esempio sportelli mobili nei paesi."),
    ]

    /// Organisation kinds.
    static let organizationKinds: [(String, String, String)] = [
        ("ente_pubblico", "Ente pubblico", "Comuni, unioni montane, enti camerali e altre amministrazioni."),
        ("asl", "Azienda sanitaria locale (ASL)", ""),
        ("consorzio_socio_assistenziale", "Consorzio socio-assistenziale", "Ente gestore dei servizi sociali di un distretto."),
        ("cooperativa_sociale", "Cooperativa sociale", ""),
        ("consorzio_cooperative", "Consorzio di cooperative sociali", ""),
        ("odv", "Organizzazione di volontariato (ODV)", ""),
        ("aps", "Associazione di promozione sociale (APS)", ""),
        ("societa_mutuo_soccorso", "Società di mutuo soccorso", ""),
        ("fondazione", "Fondazione", ""),
        ("altro_ets", "Altro ente del Terzo Settore", "Per esempio i Centri Servizi per il Volontariato."),
        ("associazione_categoria", "Associazione di categoria", "Associazioni di imprese, artigiani, commercianti, agricoltori."),
        ("rete_imprese", "Rete o associazione di imprese", ""),
        ("ente_formazione", "Ente di formazione", ""),
        ("agenzia_lavoro", "Agenzia per il lavoro", ""),
        ("impresa", "Impresa", ""),
        ("professionista", "Professionista", ""),
    ]

    /// Service types (tipo di servizio).
    static let serviceTypes: [(String, String, String)] = [
        ("assistenza_domiciliare", "Assistenza domiciliare", ""),
        ("servizi_infanzia", "Nidi e servizi per l'infanzia", ""),
        ("doposcuola_centri_estivi", "Pre e doposcuola, centri estivi", ""),
        ("prestazioni_sanitarie", "Visite e prestazioni sanitarie", ""),
        ("sanita_integrativa", "Sanità integrativa e mutualità", ""),
        ("sportello", "Sportello informativo e di orientamento", ""),
        ("sportello_welfare_imprese", "Sportello welfare per imprese e lavoratori", ""),
        ("consulenza", "Consulenza e accompagnamento", ""),
        ("formazione", "Corsi e formazione", ""),
        ("inserimento_lavorativo", "Inserimento e reinserimento lavorativo", ""),
        ("contributo_economico", "Contributo o sostegno economico", ""),
        ("buoni_voucher", "Buoni e voucher", ""),
        ("trasporto", "Trasporto e accompagnamento", ""),
        ("servizi_salva_tempo", "Servizi salva-tempo e maggiordomo aziendale", ""),
        ("supporto_psicologico", "Ascolto e supporto psicologico", ""),
        ("centro_diurno", "Centro diurno", ""),
        ("struttura_residenziale", "Struttura residenziale", ""),
        ("attivita_ricreative", "Attività ricreative, sportive e culturali", ""),
        ("abitare", "Soluzioni abitative", ""),
        ("volontariato", "Volontariato e cittadinanza attiva", ""),
        ("progetto_rete", "Progetto di rete territoriale", "Reti di imprese, enti e servizi costruite da un progetto."),
    ]

    /// Categories of art. 51 TUIR (D.P.R. 917/1986) under which a welfare plan may pay.
    static let tuirCategories: [(String, String, String)] = [
        ("f_opere_servizi", "Art. 51, c. 2, lett. f) — Opere e servizi di utilità sociale",
         "Educazione, istruzione, ricreazione, assistenza sociale e sanitaria, culto, offerti alla generalità dei dipendenti."),
        ("f_bis_istruzione", "Art. 51, c. 2, lett. f-bis) — Educazione e istruzione dei familiari",
         "Asili nido, scuole, servizi integrativi e di mensa, centri estivi e invernali, borse di studio."),
        ("f_ter_assistenza", "Art. 51, c. 2, lett. f-ter) — Assistenza ai familiari anziani o non autosufficienti", ""),
        ("f_quater_non_autosufficienza", "Art. 51, c. 2, lett. f-quater) — Rischio di non autosufficienza e gravi patologie",
         "Contributi e premi per assicurazioni contro il rischio di non autosufficienza o di gravi patologie."),
        ("a_previdenza_sanita", "Art. 51, c. 2, lett. a) — Previdenza e assistenza sanitaria integrativa",
         "Contributi a casse, fondi e società di mutuo soccorso con fini assistenziali."),
        ("c_mensa", "Art. 51, c. 2, lett. c) — Mensa e buoni pasto", ""),
        ("d_trasporto_collettivo", "Art. 51, c. 2, lett. d) — Trasporto collettivo dei dipendenti", ""),
        ("d_bis_trasporto_pubblico", "Art. 51, c. 2, lett. d-bis) — Abbonamenti al trasporto pubblico",
         "Abbonamenti al trasporto pubblico locale, regionale e interregionale per dipendenti e familiari."),
        ("c3_fringe_benefit", "Art. 51, c. 3 — Beni e servizi in natura entro la soglia annua",
         "Fringe benefit e buoni acquisto entro il limite annuo fissato dalla legge."),
    ]

    /// Payment methods.
    static let paymentMethods: [(String, String, String)] = [
        ("contanti", "Contanti", ""),
        ("carta", "Carta di pagamento o bancomat", ""),
        ("bonifico", "Bonifico bancario", ""),
        ("pagopa", "pagoPA", ""),
        ("addebito", "Addebito diretto (SEPA)", ""),
        ("welfare_aziendale", "Credito welfare aziendale o voucher", ""),
    ]
}
