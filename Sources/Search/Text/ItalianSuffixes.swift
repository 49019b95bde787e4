/// The suffix tables of the Snowball Italian stemmer (snowballstem.org/algorithms/italian).
enum ItalianSuffixes {
    /// What step 1 does with a standard suffix it found.
    enum StandardAction {
        case deleteInR2, ation, logy, ution, ence, ment, adverb, ity, ive
    }

    static func scalars(_ words: [String]) -> [[Unicode.Scalar]] {
        words.map { Array($0.unicodeScalars) }
    }

    static let elisions = scalars([
        "all'", "d'", "dall'", "dell'", "gl'", "l'", "m'", "nell'", "quell'", "quest'",
        "s'", "sull'", "t'", "tutt'", "un'", "v'",
    ]).sorted { $0.count > $1.count }

    static let pronouns = scalars([
        "ci", "gli", "la", "le", "li", "lo", "mi", "ne", "si", "ti", "vi",
        "sene", "gliela", "gliele", "glieli", "glielo", "gliene",
        "mela", "mele", "meli", "melo", "mene", "tela", "tele", "teli", "telo", "tene",
        "cela", "cele", "celi", "celo", "cene", "vela", "vele", "veli", "velo", "vene",
    ])
    static let gerunds = scalars(["ando", "endo"])
    static let infinitives = scalars(["ar", "er", "ir"])

    static let standard: [([Unicode.Scalar], StandardAction)] = {
        let groups: [([String], StandardAction)] = [
            (["anza", "anze", "ico", "ici", "ica", "ice", "iche", "ichi", "ismo", "ismi",
              "abile", "abili", "ibile", "ibili", "ista", "iste", "isti", "istà", "istè", "istì",
              "oso", "osi", "osa", "ose", "mente", "atrice", "atrici", "ante", "anti"], .deleteInR2),
            (["azione", "azioni", "atore", "atori"], .ation),
            (["logia", "logie"], .logy),
            (["uzione", "uzioni", "usione", "usioni"], .ution),
            (["enza", "enze"], .ence),
            (["amento", "amenti", "imento", "imenti"], .ment),
            (["amente"], .adverb),
            (["ità"], .ity),
            (["ivo", "ivi", "iva", "ive"], .ive),
        ]
        return groups.flatMap { words, action in scalars(words).map { ($0, action) } }
    }()

    static let afterAdverb = scalars(["ic", "abil", "os", "iv"])
    static let afterIty = scalars(["ic", "abil", "iv"])

    static let verbs = scalars([
        "ammo", "ando", "ano", "are", "arono", "asse", "assero", "assi", "assimo", "ata", "ate",
        "ati", "ato", "ava", "avamo", "avano", "avate", "avi", "avo", "emmo", "enda", "ende",
        "endi", "endo", "erà", "erai", "eranno", "ere", "erebbe", "erebbero", "erei", "eremmo",
        "eremo", "ereste", "eresti", "erete", "erò", "erono", "essero", "ete", "eva", "evamo",
        "evano", "evate", "evi", "evo", "Yamo", "iamo", "immo", "irà", "irai", "iranno", "ire",
        "irebbe", "irebbero", "irei", "iremmo", "iremo", "ireste", "iresti", "irete", "irò",
        "irono", "isca", "iscano", "isce", "isci", "isco", "iscono", "issero", "ita", "ite",
        "iti", "ito", "iva", "ivamo", "ivano", "ivate", "ivi", "ivo", "ono", "uta", "ute", "uti",
        "uto", "ar", "ir",
    ])
}
