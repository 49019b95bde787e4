/// Demo cards of the Cuneo social-care consortia, training bodies and companies.
extension DemoServices {
    static let cuneoCommunity: [DemoService] = [
        DemoService(
            key: "demo:csac-anziani-comunita", organization: "csac-cuneo",
            title: "Anziani e comunità. Nuovi Mo(n)di: sportelli di prossimità per anziani e caregiver",
            summary: "Una rete di sportelli nelle aree marginali per le persone anziane e per chi se ne prende cura.",
            description: "Progetto avviato nel 2021 con l'ASL CN1, l'ODV «Insieme Diamoci una Mano Valle Stura», "
                + "la cooperativa sociale Emmanuele e l'Unione Montana Valle Stura.",
            type: "sportello", needs: ["anziani", "orientamento", "benessere_psicologico"],
            targets: ["anziani", "caregiver"], modes: ["sportello", "itinerante"],
            audience: "Persone anziane e caregiver familiari delle aree marginali del Cuneese.",
            served: [.area("valle-stura"), .area("distretto-cuneese")], validFrom: "2021-01-01"),
        DemoService(
            key: "demo:csac-io-mincludo", organization: "csac-cuneo",
            title: "Io m'includo: rientro al lavoro per persone in difficoltà temporanea",
            summary: "Percorsi per tornare al lavoro dopo un periodo di difficoltà.",
            description: "Progetto del CSAC (2016–2020) per il reinserimento lavorativo di persone in difficoltà temporanea.",
            type: "inserimento_lavorativo", needs: ["lavoro", "inclusione_sociale"],
            targets: ["disoccupati", "persone_fragili"], modes: ["sportello"],
            audience: "Persone in difficoltà temporanea residenti nel Cuneese.", served: [.area("distretto-cuneese")],
            validFrom: "2016-01-01", validTo: "2020-12-31", archiveReason: "Progetto concluso nel 2020."),
        DemoService(
            key: "demo:monviso-welfarelab", organization: "consorzio-monviso-solidale",
            title: "WelfareLab: laboratori su responsabilità sociale e welfare aziendale",
            summary: "Laboratori per imprese su responsabilità sociale d'impresa e welfare aziendale.",
            description: "Il Consorzio Monviso Solidale ha organizzato i laboratori «WelfareLab» e la comunicazione "
                + "«News dal Monviso» (2019–2021).",
            type: "formazione", needs: ["orientamento", "istruzione"], targets: ["imprese"], modes: ["struttura"],
            audience: "Imprese dei distretti di Fossano, Savigliano e Saluzzo.",
            places: [DemoPlace(comune: "Fossano")], served: [.area("distretto-monviso-solidale")],
            validFrom: "2019-01-01", validTo: "2021-12-31", archiveReason: "Ciclo di laboratori 2019–2021 concluso."),
        DemoService(
            key: "demo:talenti-latenti", organization: "asl-cn2",
            title: "Talenti Latenti: Welfare Point virtuali per le imprese",
            summary: "Rete di 4 aziende di Alba, Langhe e Roero con servizi di welfare per dipendenti e famiglie.",
            description: "Progetto dell'ASL CN2 con il Consorzio Socio-Assistenziale Alba-Langhe-Roero (2016–2019): "
                + "rete di 4 aziende locali e «Welfare Point» virtuali per le imprese.",
            type: "progetto_rete", needs: ["conciliazione", "orientamento"], targets: ["imprese", "lavoratori", "famiglie"],
            modes: ["online"], audience: "Aziende della rete e loro dipendenti.",
            contacts: Contacts(website: "https://www.talentilatenti.it"),
            served: [.area("distretto-alba-langhe-roero")], validFrom: "2016-01-01", validTo: "2019-12-31",
            archiveReason: "Progetto 2016–2019 concluso."),
        DemoService(
            key: "demo:afp-welfare-rete", organization: "afp-dronero",
            title: "Welfare per fare rete: sportelli welfare per imprese, dipendenti e cittadini",
            summary: "Analisi dei bisogni, piano di welfare condiviso tra imprese e una rete di fornitori locali.",
            description: "Progetto di AFP Dronero (2019–2021): analisi dei bisogni e piano di welfare condiviso per una "
                + "rete di imprese, una rete di fornitori di servizi e sportelli welfare.",
            type: "sportello_welfare_imprese", needs: ["orientamento", "conciliazione", "istruzione"],
            targets: ["imprese", "lavoratori", "cittadini"], modes: ["sportello"],
            audience: "Imprese, dipendenti e cittadini della zona di Dronero.",
            conditions: "Progetto 2019–2021: verificare con l'ente se gli sportelli sono ancora attivi.",
            places: [DemoPlace(comune: "Dronero")], served: [.comune("Dronero"), .area("distretto-cuneese")],
            validFrom: "2019-01-01"),
        DemoService(
            key: "demo:csv-volontariato-impresa", organization: "csv-cuneo-societa-solidale",
            title: "Volontariato d'impresa",
            summary: "Il CSV aiuta imprese e dipendenti a fare volontariato nelle associazioni del territorio.",
            description: "Società Solidale promuove il volontariato d'impresa mettendo in contatto aziende e "
                + "organizzazioni del Terzo Settore.",
            type: "volontariato", needs: ["tempo_libero", "benessere_psicologico"],
            targets: ["imprese", "lavoratori", "enti_terzo_settore"], modes: ["sportello", "in_azienda"],
            audience: "Imprese, lavoratori e associazioni della provincia di Cuneo.",
            places: [DemoPlace(comune: "Cuneo")], served: [.province("CN")]),
        DemoService(
            key: "demo:csv-welfare-ets", organization: "csv-cuneo-societa-solidale",
            title: "Welfare per i lavoratori degli enti del Terzo Settore",
            summary: "Accompagnamento degli enti del Terzo Settore nell'organizzare il welfare per i propri lavoratori.",
            description: "Il CSV promuove il welfare aziendale anche all'interno delle organizzazioni del Terzo Settore.",
            type: "consulenza", needs: ["conciliazione", "orientamento"], targets: ["enti_terzo_settore"],
            modes: ["sportello"], audience: "Enti del Terzo Settore della provincia di Cuneo.",
            places: [DemoPlace(comune: "Cuneo")], served: [.province("CN")]),
        DemoService(
            key: "demo:csr-piemonte", organization: "camera-di-commercio-cuneo",
            title: "CSR Piemonte: eventi e formazione su welfare aziendale e sostenibilità",
            summary: "Incontri e corsi per le imprese su responsabilità sociale, welfare aziendale e sostenibilità.",
            description: "Dal 2009 il programma regionale CSR Piemonte ha coinvolto 2.500 imprese; la Camera di "
                + "Commercio di Cuneo organizza eventi e formazione sul territorio.",
            type: "formazione", needs: ["istruzione", "orientamento"], targets: ["imprese"], modes: ["struttura", "online"],
            audience: "Imprese piemontesi.", times: "Calendario degli eventi da verificare con l'ente.",
            places: [DemoPlace(comune: "Cuneo")], served: [.region], validFrom: "2009-01-01"),
        DemoService(
            key: "demo:brovind-buoni-spesa", organization: "brovind",
            title: "Buoni spesa natalizi da spendere nei negozi di Cortemilia",
            summary: "Esempio di welfare aziendale legato al territorio: buoni spesa per i dipendenti validi in 18 negozi locali.",
            description: "Per il Natale 2020 Brovind ha dato ai dipendenti buoni spesa utilizzabili in 18 negozi di "
                + "Cortemilia invece che nella grande distribuzione; l'iniziativa è stata estesa nel 2021.",
            type: "buoni_voucher", needs: ["sostegno_economico"], targets: ["lavoratori"], modes: ["in_azienda"],
            audience: "Dipendenti dell'azienda (non è un servizio aperto al pubblico).",
            cost: CostModel(kind: .free, notes: "Offerti dall'azienda ai propri dipendenti."),
            tuir: "c3_fringe_benefit", served: [.comune("Cortemilia")],
            validFrom: "2020-12-01", validTo: "2021-12-31",
            archiveReason: "Iniziativa aziendale di Natale 2020, ripetuta nel 2021: riportata come esempio."),
    ]
}

/// Every demo card.
enum DemoServices {
    static let all: [DemoService] = pinerolese + cuneo
}
