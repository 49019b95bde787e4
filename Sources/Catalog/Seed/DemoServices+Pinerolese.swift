/// Demo cards of the Pinerolese and the Valli Olimpiche (Città metropolitana di Torino).
extension DemoServices {
    static let mutua = Contacts(phone: "0121 795191", email: "ufficio@mutuapiemonte.it", website: "https://www.mutuapiemonte.it")
    static let mutuaSeat = DemoPlace(comune: "Pinerolo", name: "Sede di Pinerolo", address: "Via Cravero 44", postalCode: "10064")

    static let pinerolese: [DemoService] = [
        DemoService(
            key: "demo:mutua-rimborsi", organization: "mutua-piemonte",
            title: "Rimborso delle spese sanitarie per i soci",
            summary: "La mutua rimborsa ai soci una parte delle spese sanitarie, secondo il piano sottoscritto.",
            description: "Società Mutua Piemonte è una società di mutuo soccorso iscritta all'anagrafe dei fondi "
                + "sanitari integrativi: ai soci rimborsa spese sanitarie previste dal proprio piano.",
            type: "sanita_integrativa", needs: ["salute", "sostegno_economico"],
            targets: ["soci", "lavoratori", "famiglie"], modes: ["sportello", "telefono"],
            audience: "Soci della mutua e, tramite accordi, lavoratori di imprese aderenti.",
            outcome: "Il rimborso di parte delle spese sanitarie sostenute, secondo il piano scelto.",
            cost: CostModel(kind: .unknown, notes: "Riservato ai soci: quota associativa e piani da verificare con l'ente."),
            tuir: "a_previdenza_sanita", welfareNotes: DemoText.welfareToBeChecked,
            contacts: mutua, places: [mutuaSeat], served: [.province("TO")]),
        DemoService(
            key: "demo:mutua-visite", organization: "mutua-piemonte",
            title: "Visite mediche, cure ambulatoriali e odontoiatriche in strutture convenzionate",
            summary: "Visite specialistiche, prestazioni ambulatoriali e cure dentistiche per i soci presso strutture convenzionate.",
            description: "I soci accedono a visite mediche, prestazioni ambulatoriali e odontoiatriche presso le "
                + "strutture convenzionate con la mutua.",
            type: "prestazioni_sanitarie", needs: ["salute"], targets: ["soci", "famiglie", "anziani"],
            modes: ["struttura"], audience: "Soci della mutua.",
            outcome: "Prestazioni sanitarie presso strutture convenzionate; elenco delle strutture da chiedere alla mutua.",
            tuir: "a_previdenza_sanita", welfareNotes: DemoText.welfareToBeChecked,
            contacts: mutua, places: [mutuaSeat], served: [.province("TO")]),
        DemoService(
            key: "demo:mutua-assistenza", organization: "mutua-piemonte",
            title: "Assistenza in ospedale o a casa in caso di inabilità temporanea",
            summary: "Personale qualificato in ospedale o a domicilio quando un socio è temporaneamente non autosufficiente.",
            description: "In caso di inabilità temporanea la mutua invia personale qualificato in ospedale o a casa del socio.",
            type: "assistenza_domiciliare", needs: ["salute", "disabilita", "anziani"],
            targets: ["soci", "non_autosufficienti"], modes: ["domicilio", "struttura"],
            audience: "Soci della mutua in condizione di inabilità temporanea.",
            outcome: "Assistenza di personale qualificato in ospedale o a domicilio.",
            tuir: "a_previdenza_sanita", welfareNotes: DemoText.welfareToBeChecked,
            contacts: mutua, places: [mutuaSeat], served: [.province("TO")]),
        DemoService(
            key: "demo:mutua-sportello-imprese", organization: "mutua-piemonte",
            title: "Sportello welfare per le piccole imprese del Pinerolese",
            summary: "Sportello di informazione sul welfare aziendale per piccole imprese, a Pinerolo e itinerante nelle valli.",
            description: "Nel 2019–2020 la mutua ha gestito uno sportello welfare per le piccole imprese a Pinerolo, "
                + "itinerante a Luserna San Giovanni, Porte e Pomaretto.",
            type: "sportello_welfare_imprese", needs: ["orientamento", "conciliazione"],
            targets: ["imprese", "lavoratori"], modes: ["sportello", "itinerante"],
            audience: "Piccole imprese e loro dipendenti.",
            times: "Attivo nel 2019 e nel 2020 (date esatte non note).", contacts: mutua,
            places: [mutuaSeat, DemoPlace(comune: "Luserna San Giovanni"), DemoPlace(comune: "Porte"),
                     DemoPlace(comune: "Pomaretto")],
            served: [.area("distretto-pinerolese"), .area("val-pellice"), .area("val-chisone")],
            validFrom: "2019-01-01", validTo: "2020-12-31",
            archiveReason: "Sportello sperimentale attivo nel 2019–2020, concluso."),
        DemoService(
            key: "demo:coesa-cura", organization: "consorzio-coesa",
            title: "Servizi di cura alla persona",
            summary: "Servizi di cura e assistenza alla persona offerti dalle cooperative sociali del consorzio.",
            description: "Il Consorzio COESA riunisce 5 cooperative sociali del Pinerolese che offrono servizi di cura "
                + "alla persona. Il dettaglio dei servizi va chiesto al consorzio.",
            type: "assistenza_domiciliare", needs: ["anziani", "disabilita"],
            targets: ["anziani", "persone_disabilita", "caregiver"], modes: ["domicilio", "struttura"],
            audience: "Persone anziane, persone con disabilità e le loro famiglie.",
            tuir: "f_ter_assistenza", welfareNotes: DemoText.welfareToBeChecked,
            places: [DemoPlace(comune: "Pinerolo")], served: [.area("distretto-pinerolese")]),
        DemoService(
            key: "demo:coesa-inclusione", organization: "consorzio-coesa",
            title: "Percorsi di inclusione sociale",
            summary: "Accompagnamento di persone in difficoltà verso l'autonomia e il lavoro.",
            description: "Le cooperative del consorzio realizzano percorsi di inclusione sociale.",
            type: "inserimento_lavorativo", needs: ["inclusione_sociale", "lavoro"],
            targets: ["persone_fragili", "disoccupati"], modes: ["sportello"],
            audience: "Persone in difficoltà economica o sociale, spesso su invio dei servizi sociali.",
            places: [DemoPlace(comune: "Pinerolo")], served: [.area("distretto-pinerolese")]),
        DemoService(
            key: "demo:idea-lavoro", organization: "idea-agenzia-per-il-lavoro",
            title: "Ricerca e selezione del personale, incontro tra domanda e offerta di lavoro",
            summary: "Agenzia autorizzata che aiuta chi cerca lavoro e le imprese che cercano personale.",
            description: "Idea è un consorzio nazionale di cooperative sociali autorizzato alla ricerca e selezione "
                + "del personale e all'intermediazione tra domanda e offerta di lavoro.",
            type: "inserimento_lavorativo", needs: ["lavoro"], targets: ["disoccupati", "imprese", "persone_fragili"],
            modes: ["sportello"], audience: "Persone in cerca di lavoro e imprese.",
            places: [DemoPlace(comune: "Pinerolo", name: "Sede piemontese")], served: [.region]),
        DemoService(
            key: "demo:cfiq-corsi", organization: "cfiq",
            title: "Corsi di formazione per giovani e adulti",
            summary: "Formazione per giovani e adulti, occupati e disoccupati.",
            description: "CFIQ organizza percorsi di formazione per giovani e adulti, sia occupati sia in cerca di lavoro.",
            type: "formazione", needs: ["istruzione", "lavoro"], targets: ["giovani", "lavoratori", "disoccupati"],
            modes: ["struttura"], audience: "Giovani e adulti, occupati e disoccupati.",
            times: "Calendario dei corsi da verificare con l'ente.",
            places: [DemoPlace(comune: "Pinerolo")], served: [.province("TO")]),
        DemoService(
            key: "demo:ciss-servizio-sociale", organization: "ciss-pinerolo",
            title: "Servizio sociale professionale del Distretto del Pinerolese",
            summary: "Ascolto, informazione e presa in carico da parte degli assistenti sociali del consorzio.",
            description: "Il CISS gestisce i servizi socio-assistenziali dei 22 comuni del distretto: gli assistenti "
                + "sociali accolgono le richieste e orientano ai servizi.",
            type: "sportello", needs: ["orientamento", "inclusione_sociale", "anziani", "famiglia"],
            targets: ["cittadini", "famiglie", "anziani", "persone_fragili"], modes: ["sportello", "telefono"],
            audience: "Residenti nei comuni del Distretto del Pinerolese.",
            places: [DemoPlace(comune: "Pinerolo")], served: [.area("distretto-pinerolese")]),
        DemoService(
            key: "demo:ciss-domiciliare", organization: "ciss-pinerolo",
            title: "Assistenza domiciliare socio-assistenziale",
            summary: "Aiuto a casa per persone anziane o con disabilità, attivato dal servizio sociale.",
            description: "Interventi a domicilio per sostenere la permanenza a casa di persone non autosufficienti.",
            type: "assistenza_domiciliare", needs: ["anziani", "disabilita"],
            targets: ["anziani", "non_autosufficienti", "caregiver"], modes: ["domicilio"],
            audience: "Residenti nel distretto, su valutazione del servizio sociale.",
            howToAccess: "Rivolgersi al servizio sociale del consorzio; modalità e tempi da verificare con l'ente.",
            served: [.area("distretto-pinerolese")]),
        DemoService(
            key: "demo:asl-to3-informazioni", organization: "asl-to3",
            title: "Informazioni sui servizi sanitari e socio-sanitari",
            summary: "Orientamento ai servizi sanitari e socio-sanitari dell'ASL TO3.",
            description: "L'ASL TO3, con sedi a Collegno e Pinerolo, informa su servizi sanitari e socio-sanitari.",
            type: "sportello", needs: ["salute", "orientamento"], targets: ["cittadini"], modes: ["sportello", "telefono"],
            audience: "Cittadini del territorio dell'ASL TO3.",
            places: [DemoPlace(comune: "Collegno"), DemoPlace(comune: "Pinerolo")],
            served: [.comune("Collegno"), .area("distretto-pinerolese"), .area("val-pellice"), .area("val-chisone"),
                     .area("val-germanasca")]),
        DemoService(
            key: "demo:cpe-rete", organization: "consorzio-pinerolo-energia",
            title: "Rete di imprese ed enti per lo sviluppo economico locale",
            summary: "Oltre 60 PMI, enti del Terzo Settore ed enti pubblici che collaborano per il territorio.",
            description: "Il Consorzio Pinerolo Energia associa imprese, Terzo Settore ed enti pubblici per lo "
                + "sviluppo economico locale; può essere un punto di contatto per reti di welfare tra imprese.",
            type: "progetto_rete", needs: ["lavoro", "orientamento"], targets: ["imprese", "enti_terzo_settore"],
            modes: ["sportello"], audience: "Imprese ed enti del Pinerolese.",
            places: [DemoPlace(comune: "Pinerolo")], served: [.area("distretto-pinerolese")]),
    ]
}
