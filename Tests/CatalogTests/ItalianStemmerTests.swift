import Testing
@testable import Search

/// Known input → output pairs of the published Snowball Italian stemmer (snowballstem.org,
/// Snowball 3), covering every step: elisions, prelude (qu, u/i between vowels), RV/R1/R2,
/// attached pronouns, standard, verb and residual suffixes, and the `divan` exception.
struct ItalianStemmerTests {
    static let snowballPairs: [(String, String)] = [
        ("anziano", "anzi"),
        ("anziani", "anzian"),
        ("anziana", "anzian"),
        ("assistenza", "assistent"),
        ("assistenziale", "assistenzial"),
        ("disabile", "disabil"),
        ("disabili", "disabil"),
        ("disabilità", "disabil"),
        ("perché", "perc"),
        ("mondovì", "mondov"),
        ("città", "citt"),
        ("università", "univers"),
        ("prenderla", "prend"),
        ("mangiandolo", "mang"),
        ("dandogliela", "dandogliel"),
        ("portarcelo", "port"),
        ("crocchi", "crocc"),
        ("crocchio", "crocc"),
        ("amiche", "amic"),
        ("analogie", "analog"),
        ("biologia", "biolog"),
        ("rivoluzioni", "rivolu"),
        ("produzione", "produzion"),
        ("attivamente", "attiv"),
        ("abilmente", "abil"),
        ("velocemente", "veloc"),
        ("intensivamente", "intens"),
        ("comunicativamente", "comunic"),
        ("pericolosamente", "pericol"),
        ("attivazione", "attiv"),
        ("indicatore", "indic"),
        ("autorità", "autor"),
        ("capacità", "capac"),
        ("produttività", "produtt"),
        ("informatico", "informat"),
        ("sociologia", "sociolog"),
        ("conoscenza", "conoscent"),
        ("tolleranze", "toller"),
        ("seguirono", "segu"),
        ("seguiremmo", "segu"),
        ("parlerebbero", "parl"),
        ("andavamo", "andavam"),
        ("credessero", "cred"),
        ("finiscono", "fin"),
        ("capiscano", "cap"),
        ("dormirò", "dorm"),
        ("parlerà", "parl"),
        ("avevate", "avev"),
        ("acqua", "acqua"),
        ("aiuola", "aiuol"),
        ("guaio", "guai"),
        ("gioia", "gioi"),
        ("divano", "divan"),
        ("divani", "divan"),
        ("l'anziano", "anzi"),
        ("dell'acqua", "acqua"),
        ("un'amica", "amic"),
        ("quest'anno", "anno"),
        ("aiutare", "aiut"),
        ("aiutiamo", "aiut"),
        ("assistiti", "assist"),
        ("domiciliare", "domicil"),
        ("domicilio", "domicil"),
        ("trasporti", "trasport"),
        ("accompagnamento", "accompagn"),
        ("cooperativa", "cooper"),
        ("sociali", "social"),
        ("famiglia", "famigl"),
        ("famiglie", "famigl"),
        ("bambini", "bambin"),
        ("servizio", "serviz"),
        ("servizi", "serviz"),
        ("abbandonata", "abbandon"),
        ("abbandonate", "abbandon"),
        ("abbassamento", "abbass"),
        ("abbattimento", "abbatt"),
        ("accettabile", "accett"),
        ("accoglienza", "accoglient"),
        ("educativa", "educ"),
        ("organizzazione", "organizz"),
        ("organizzatrice", "organizz"),
        ("tempestivamente", "tempest"),
        ("qualità", "qualit"),
        ("quotidiano", "quotid"),
    ]

    @Test(arguments: snowballPairs)
    func stemsLikeSnowball(_ pair: (String, String)) {
        #expect(ItalianStemmer().stem(pair.0) == pair.1)
    }

    @Test func acuteAccentsAreTreatedAsGrave() {
        let stemmer = ItalianStemmer()
        #expect(stemmer.stem("università") == stemmer.stem("universitá"))
    }

    @Test func degenerateInputNeverTraps() {
        let stemmer = ItalianStemmer()
        for word in ["", "a", "'", "qu", "q", "ui", "àèìòù", "xyz", "l'", "🙂", String(repeating: "a", count: 500)] {
            _ = stemmer.stem(word)
        }
        #expect(stemmer.stem("") == "")
        #expect(stemmer.stem("l'") == "l'")
    }

    @Test func lightStemJoinsGenderNumberAndAdjectives() {
        let light = ItalianLightStemmer()
        #expect(light.stem("anziano") == light.stem("anziani"))
        #expect(light.stem("assistenza") == light.stem("assistenziale"))
        #expect(light.stem("amiche") == light.stem("amica"))
        #expect(light.stem("servizio") == light.stem("servizi"))
        #expect(light.stem("casa") == "casa")
    }
}
