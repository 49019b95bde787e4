/// Demo cards of the province of Cuneo ("la Granda").
extension DemoServices {
    static let cuneo: [DemoService] = [
        DemoService(
            key: "demo:coldiretti-a-casa", organization: "coldiretti-cuneo",
            title: "Progetto «A casa»: assistenza leggera agli anziani delle aree montane e periferiche",
            summary: "Le aziende agricole aiutano le persone anziane a restare a casa: spesa, pasti, riordino e compagnia.",
            description: "Dal 2019 le aziende agricole aderenti offrono un'assistenza «leggera» a domicilio, come "
                + "integrazione del reddito agricolo, in collaborazione con i consorzi socio-assistenziali. "
                + "Oggi si rivolge anche a persone con disabilità o in fragilità economica e sociale, e ai centri urbani.",
            type: "assistenza_domiciliare", needs: ["anziani", "conciliazione", "disabilita"],
            targets: ["anziani", "persone_disabilita", "persone_fragili", "caregiver"], modes: ["domicilio"],
            audience: "Persone anziane di zone montane e periferiche; anche persone con disabilità o in fragilità.",
            outcome: "Controllo di base del benessere fisico e psicologico, spesa, preparazione dei pasti, "
                + "riordino della casa, compagnia.",
            tuir: "f_ter_assistenza", welfareNotes: DemoText.welfareToBeChecked,
            served: [.province("CN")], validFrom: "2019-01-01"),
        DemoService(
            key: "demo:www-sportello", organization: "confindustria-cuneo",
            title: "WWW – We Want Welfare: sportello welfare per le imprese",
            summary: "Informazioni e materiali sul welfare aziendale per imprese e lavoratori della provincia di Cuneo.",
            description: "Progetto di Confindustria Cuneo con Confcommercio Cuneo (2019–2021): sportello welfare per "
                + "le imprese, materiale informativo, mappatura dei servizi locali, Diversity/Disability Manager.",
            type: "sportello_welfare_imprese", needs: ["orientamento", "conciliazione"],
            targets: ["imprese", "lavoratori"], modes: ["sportello", "in_azienda"],
            audience: "Imprese della provincia di Cuneo e loro dipendenti.",
            conditions: "Progetto 2019–2021; alcune attività risultano ancora attive: verificare con l'ente.",
            places: [DemoPlace(comune: "Cuneo")], served: [.province("CN")], validFrom: "2019-01-01"),
        DemoService(
            key: "demo:www-assistente-sociale-fabbrica", organization: "confindustria-cuneo",
            title: "Assistente sociale di fabbrica",
            summary: "Un'assistente sociale iscritta all'albo sostiene l'impresa e i dipendenti nelle difficoltà personali e familiari.",
            description: "Nato con il progetto «WWW – We Want Welfare»: un'assistente sociale professionale affianca "
                + "l'azienda e i lavoratori, orientandoli ai servizi del territorio.",
            type: "consulenza", needs: ["benessere_psicologico", "conciliazione", "orientamento"],
            targets: ["lavoratori", "imprese"], modes: ["in_azienda"],
            audience: "Imprese aderenti e loro dipendenti.",
            conditions: "Verificare con l'ente se il servizio è ancora attivo e a quali condizioni.",
            tuir: "f_opere_servizi", welfareNotes: DemoText.welfareToBeChecked,
            served: [.province("CN")], validFrom: "2019-01-01"),
        DemoService(
            key: "demo:www-mappatura", organization: "confindustria-cuneo",
            title: "Mappatura dei servizi di welfare del territorio (progetto WWW)",
            summary: "Censimento dei servizi locali utilizzabili nei piani di welfare aziendale.",
            description: "Nell'ambito di «WWW – We Want Welfare» è stata realizzata una mappatura dei servizi locali.",
            type: "progetto_rete", needs: ["orientamento"], targets: ["imprese"], modes: ["online"],
            audience: "Imprese e consulenti.", served: [.province("CN")],
            validFrom: "2019-01-01", validTo: "2021-12-31",
            archiveReason: "Mappatura realizzata nel progetto 2019–2021, concluso; i dati possono non essere aggiornati."),
        DemoService(
            key: "demo:fare-welfare-sportello", organization: "confcommercio-ascom-savigliano",
            title: "Il Fare e il Wel-Fare: sportello welfare per le imprese",
            summary: "Sportello che aiuta le imprese del commercio a conoscere e organizzare il welfare aziendale.",
            description: "Nato con il progetto «Il Fare e il Wel-Fare» (2019–2021), lo sportello welfare per le "
                + "imprese è ancora attivo.",
            type: "sportello_welfare_imprese", needs: ["orientamento", "conciliazione"],
            targets: ["imprese", "lavoratori"], modes: ["sportello"],
            audience: "Imprese associate e non, e i loro dipendenti.",
            places: [DemoPlace(comune: "Savigliano")],
            served: [.comune("Savigliano"), .area("distretto-monviso-solidale")], validFrom: "2019-01-01"),
        DemoService(
            key: "demo:fare-welfare-servizi-condivisi", organization: "confcommercio-ascom-savigliano",
            title: "Servizi di welfare e conciliazione condivisi tra imprese",
            summary: "Un'associazione temporanea di imprese che condividevano servizi di welfare e conciliazione.",
            description: "Nel progetto «Il Fare e il Wel-Fare» un gruppo di imprese ha condiviso servizi di welfare e "
                + "di conciliazione vita-lavoro per i propri dipendenti.",
            type: "progetto_rete", needs: ["conciliazione"], targets: ["imprese", "lavoratori"], modes: ["in_azienda"],
            audience: "Imprese aderenti all'associazione temporanea.", served: [.comune("Savigliano")],
            validFrom: "2019-01-01", validTo: "2021-12-31",
            archiveReason: "Progetto 2019–2021 concluso; verificare con l'ente se alcuni servizi proseguono."),
        DemoService(
            key: "demo:cna-sportello", organization: "cna-cuneo",
            title: "Sportello welfare CNA (sperimentale)",
            summary: "Sportello sperimentale di informazione sul welfare per artigiani, piccole imprese e famiglie.",
            description: "Sperimentazione 2019–2021 di CNA Piemonte: 342 accessi in tutta la regione, circa il 23% a "
                + "CNA Cuneo. Le domande più frequenti riguardavano la sanità integrativa (21,3%) e le misure di "
                + "sostegno alla famiglia (16,4%).",
            type: "sportello_welfare_imprese", needs: ["orientamento", "salute", "famiglia"],
            targets: ["imprese", "lavoratori", "famiglie"], modes: ["sportello"],
            audience: "Associati CNA e loro famiglie.", places: [DemoPlace(comune: "Cuneo")], served: [.province("CN")],
            validFrom: "2019-01-01", validTo: "2021-12-31",
            archiveReason: "Sperimentazione 2019–2021 conclusa."),
        DemoService(
            key: "demo:wam-sportello", organization: "forcoop",
            title: "WAM – Welfare Aziendale Monregalese: sportello sociale per imprese e dipendenti",
            summary: "Sportello «sociale» che orienta imprese e lavoratori del Monregalese ai servizi del territorio.",
            description: "Progetto di Forcoop con il CSSM di Mondovì (2019–2021): mappatura dei servizi locali, "
                + "sportello sociale per imprese e dipendenti, servizi condivisi per una rete di 6 aziende.",
            type: "sportello_welfare_imprese", needs: ["orientamento", "conciliazione"],
            targets: ["imprese", "lavoratori"], modes: ["sportello"],
            audience: "Imprese e lavoratori del Monregalese.",
            conditions: "Progetto 2019–2021: verificare con l'ente se lo sportello è ancora attivo.",
            contacts: Contacts(website: "https://www.wamon.it"), places: [DemoPlace(comune: "Mondovì")],
            served: [.area("distretto-monregalese")], validFrom: "2019-01-01"),
        DemoService(
            key: "demo:wam-maggiordomo", organization: "forcoop",
            title: "Maggiordomo aziendale e servizi salva-tempo",
            summary: "Commissioni, pratiche e piccole incombenze sbrigate per i dipendenti delle aziende della rete WAM.",
            description: "Servizi condivisi per la rete di 6 aziende del progetto WAM: maggiordomo aziendale, "
                + "servizi salva-tempo e disbrigo pratiche.",
            type: "servizi_salva_tempo", needs: ["conciliazione"], targets: ["lavoratori"], modes: ["in_azienda"],
            audience: "Dipendenti delle aziende aderenti alla rete WAM.",
            tuir: "f_opere_servizi", welfareNotes: DemoText.welfareToBeChecked,
            contacts: Contacts(website: "https://www.wamon.it"), served: [.area("distretto-monregalese")],
            validFrom: "2019-01-01"),
        DemoService(
            key: "demo:wam-infanzia", organization: "forcoop",
            title: "Baby sitting e doposcuola per i figli dei dipendenti",
            summary: "Baby sitting e doposcuola per le famiglie dei lavoratori delle aziende della rete WAM.",
            description: "Tra i servizi condivisi della rete WAM: baby sitting e attività di doposcuola.",
            type: "doposcuola_centri_estivi", needs: ["famiglia", "conciliazione"],
            targets: ["famiglie", "bambini", "lavoratori"], modes: ["domicilio", "struttura"],
            audience: "Figli dei dipendenti delle aziende aderenti.",
            tuir: "f_bis_istruzione", welfareNotes: DemoText.welfareToBeChecked,
            contacts: Contacts(website: "https://www.wamon.it"), served: [.area("distretto-monregalese")],
            validFrom: "2019-01-01"),
    ] + cuneoCommunity
}
