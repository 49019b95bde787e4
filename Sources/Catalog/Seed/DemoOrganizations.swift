/// Real organisations named in the source reports (Cuneese and Pinerolese, 2020–2022).
/// Only facts from the reports are filled in; everything else is left unknown.
enum DemoOrganizations {
    static let all: [DemoOrganization] = [
        DemoOrganization(
            slug: "mutua-piemonte", name: "Società Mutua Piemonte ETS", kind: "societa_mutuo_soccorso",
            description: "Società di mutuo soccorso fondata nel 1996 a Pinerolo, con circa 4.000 soci; iscritta "
                + "all'anagrafe nazionale dei fondi sanitari integrativi.",
            comune: "Pinerolo", address: "Via Cravero 44", postalCode: "10064", phone: "0121 795191",
            email: "ufficio@mutuapiemonte.it", website: "https://www.mutuapiemonte.it"),
        DemoOrganization(
            slug: "consorzio-coesa", name: "Consorzio COESA", kind: "consorzio_cooperative",
            description: "Consorzio di 5 cooperative sociali con sede a Pinerolo, attivo dal 2001: servizi di cura "
                + "alla persona e di inclusione sociale, con circa 300 lavoratori.",
            comune: "Pinerolo"),
        DemoOrganization(
            slug: "idea-agenzia-per-il-lavoro", name: "Idea – Agenzia per il Lavoro", kind: "agenzia_lavoro",
            description: "Consorzio nazionale di cooperative sociali (dal 2000), agenzia autorizzata alla ricerca e "
                + "selezione del personale e all'intermediazione; sede principale piemontese a Pinerolo.",
            comune: "Pinerolo"),
        DemoOrganization(
            slug: "cfiq", name: "CFIQ – Consorzio per la Formazione, l'Innovazione e la Qualità", kind: "ente_formazione",
            description: "Ente di formazione di Pinerolo per giovani e adulti, occupati e disoccupati.",
            comune: "Pinerolo"),
        DemoOrganization(
            slug: "ciss-pinerolo", name: "CISS – Consorzio Intercomunale Servizi Sociali di Pinerolo",
            kind: "consorzio_socio_assistenziale",
            description: "Ente pubblico (dal 1997) che gestisce i servizi socio-assistenziali per i 22 comuni del "
                + "proprio distretto.",
            comune: "Pinerolo"),
        DemoOrganization(
            slug: "asl-to3", name: "ASL TO3", kind: "asl",
            description: "Azienda sanitaria locale con sedi a Collegno e Pinerolo.", comune: "Collegno"),
        DemoOrganization(
            slug: "consorzio-pinerolo-energia", name: "Consorzio Pinerolo Energia (CPE)", kind: "rete_imprese",
            description: "Associazione di oltre 60 piccole e medie imprese, enti del Terzo Settore ed enti pubblici "
                + "per lo sviluppo economico del territorio.",
            comune: "Pinerolo"),
        DemoOrganization(
            slug: "coldiretti-cuneo", name: "Coldiretti Cuneo", kind: "associazione_categoria",
            description: "Organizzazione degli agricoltori della provincia di Cuneo; dal 2019 promuove il progetto "
                + "«A casa» con le aziende agricole del territorio.",
            comune: "Cuneo"),
        DemoOrganization(
            slug: "confindustria-cuneo", name: "Confindustria Cuneo", kind: "associazione_categoria",
            description: "Associazione delle imprese industriali della provincia di Cuneo; con Confcommercio Cuneo "
                + "ha promosso il progetto «WWW – We Want Welfare» (2019–2021).",
            comune: "Cuneo"),
        DemoOrganization(
            slug: "confcommercio-ascom-savigliano", name: "Confcommercio Ascom Savigliano", kind: "associazione_categoria",
            description: "Associazione dei commercianti di Savigliano; ha promosso il progetto «Il Fare e il Wel-Fare» "
                + "(2019–2021).",
            comune: "Savigliano"),
        DemoOrganization(
            slug: "cna-cuneo", name: "CNA Cuneo", kind: "associazione_categoria",
            description: "Associazione provinciale di CNA Piemonte, la confederazione dell'artigianato e della piccola "
                + "e media impresa.",
            comune: "Cuneo"),
        DemoOrganization(
            slug: "forcoop", name: "Forcoop", kind: "ente_formazione",
            description: "Ente di formazione che con il CSSM di Mondovì ha realizzato il progetto «WAM – Welfare "
                + "Aziendale Monregalese» (2019–2021).",
            comune: nil),
        DemoOrganization(
            slug: "cssm-mondovi", name: "CSSM – Consorzio per i Servizi Socio-Assistenziali del Monregalese",
            kind: "consorzio_socio_assistenziale",
            description: "Ente gestore dei servizi socio-assistenziali del Monregalese.", comune: "Mondovì"),
        DemoOrganization(
            slug: "csac-cuneo", name: "CSAC – Consorzio Socio-Assistenziale del Cuneese",
            kind: "consorzio_socio_assistenziale",
            description: "Ente gestore dei servizi socio-assistenziali del Cuneese.", comune: "Cuneo"),
        DemoOrganization(
            slug: "consorzio-monviso-solidale", name: "Consorzio Monviso Solidale", kind: "consorzio_socio_assistenziale",
            description: "Ente gestore dei servizi socio-assistenziali dei distretti di Fossano, Savigliano e Saluzzo.",
            comune: "Fossano"),
        DemoOrganization(
            slug: "asl-cn2", name: "ASL CN2", kind: "asl",
            description: "Azienda sanitaria locale di Alba e Bra.", comune: "Alba"),
        DemoOrganization(
            slug: "consorzio-alba-langhe-roero", name: "Consorzio Socio-Assistenziale Alba-Langhe-Roero",
            kind: "consorzio_socio_assistenziale",
            description: "Ente gestore dei servizi socio-assistenziali di Alba, delle Langhe e del Roero.", comune: "Alba"),
        DemoOrganization(
            slug: "afp-dronero", name: "AFP Dronero", kind: "ente_formazione",
            description: "Azienda di formazione professionale di Dronero; ha promosso il progetto «Welfare per fare "
                + "rete» (2019–2021).",
            comune: "Dronero"),
        DemoOrganization(
            slug: "csv-cuneo-societa-solidale", name: "CSV Società Solidale – Centro Servizi Volontariato della Provincia di Cuneo",
            kind: "altro_ets",
            description: "Centro di servizio per il volontariato della provincia di Cuneo: promuove il volontariato "
                + "d'impresa e il welfare negli enti del Terzo Settore.",
            comune: "Cuneo"),
        DemoOrganization(
            slug: "camera-di-commercio-cuneo", name: "Camera di Commercio di Cuneo", kind: "ente_pubblico",
            description: "Ente camerale; dal 2009 partecipa a CSR Piemonte con eventi e formazione su welfare "
                + "aziendale e sostenibilità.",
            comune: "Cuneo"),
        DemoOrganization(
            slug: "brovind", name: "Brovind", kind: "impresa",
            description: "Impresa di Cortemilia citata come esempio di welfare aziendale legato al territorio.",
            comune: "Cortemilia"),
    ]
}
