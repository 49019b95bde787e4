@testable import Catalog
import Foundation
@testable import Search
import Testing

struct SearchQueryBuilderTests {
    let builder = FTSQueryBuilder(synonyms: SearchSynonyms(entries: []))

    @Test func quotesEveryTokenAndAndsTheWords() {
        let expression = builder.matchExpression(for: "Anziani a Mondovì")
        #expect(expression == "({title_stems body_stems} : (\"anzian\" OR \"anzian\"*)) AND ({title_stems body_stems} : (\"mondov\" OR \"mondov\"*))")
    }

    @Test func aListedWordAlsoMatchesItsNeedsWordsAndLabel() throws {
        let synonyms = SearchSynonyms(entries: [("famiglia", ["nido", "infanzia"])], labels: ["famiglia": "Figli e famiglia"])
        let expression = try #require(FTSQueryBuilder(synonyms: synonyms).matchExpression(for: "nidi Pinerolo"))
        let (nido, rest) = try #require(expression.split(separator: " AND ").map(String.init).firstAndRest)
        #expect(nido.contains("\"nid\"") && nido.contains("\"infanz") && nido.contains("\"famigl"))
        #expect(nido.contains("\"figl"))
        #expect(rest == ["({title_stems body_stems} : (\"pinerol\" OR \"pinerol\"*))"])
        // The label's words lead nowhere on their own.
        #expect(FTSQueryBuilder(synonyms: synonyms).matchExpression(for: "famiglia") == builder.matchExpression(for: "famiglia"))
    }

    @Test func theBundledListIsWellFormedAndCoversTheWordsPeopleUse() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/Search/Resources/search-synonyms.tsv")
        let parsed = try SearchSynonyms.parse(String(contentsOf: url, encoding: .utf8))
        let needs = Set(TaxonomyCatalog.terms(of: .need).map(\.code))
        #expect(parsed.wordsByNeed.allSatisfy { needs.contains($0.need) })
        #expect(parsed.wordsByNeed.count == SearchSynonyms.bundled.wordsByNeed.count)
        for (word, need) in [("nido", "famiglia"), ("nidi", "famiglia"), ("badanti", "anziani"), ("pensione", "sostegno_economico"),
                             ("violenza", "violenza"), ("abusi", "violenza")] {
            #expect(SearchSynonyms.bundled.needs(inText: word).contains(need), "\(word) → \(need)")
        }
        #expect(throws: SearchSynonymsError(line: 2)) { try SearchSynonyms.parse("# x\nfamiglia nido") }
    }

    @Test func userSyntaxNeverReachesFTS() {
        let expression = builder.matchExpression(for: "\"x\" OR y* NEAR(z) -w title:v ^u {a}") ?? ""
        // Outside quoted strings only our own syntax remains.
        let unquoted = expression.split(separator: "\"", omittingEmptySubsequences: false)
            .enumerated().filter { $0.offset % 2 == 0 }.map(\.element).joined()
        #expect(!unquoted.contains("NEAR"))
        #expect(!unquoted.contains("-"))
        #expect(!unquoted.contains("^"))
        #expect(!unquoted.contains("title:"))
    }

    @Test func emptyOrStopWordOnlyTextHasNoExpression() {
        #expect(builder.matchExpression(for: "") == nil)
        #expect(builder.matchExpression(for: "  ,;  ") == nil)
        #expect(builder.matchExpression(for: "di per la") == nil)
    }

    @Test func keepsAtMostEightDistinctWords() {
        let terms = builder.terms(of: "uno due tre quattro cinque sei sette otto nove dieci due tre")
        #expect(terms.count == 8)
        #expect(Set(terms.map(\.word)).count == 8)
    }

    @Test func prefixModeAddsTheTypedWord() {
        let expression = builder.matchExpression(for: "centro diu", prefixLastWord: true) ?? ""
        #expect(expression.hasSuffix("OR (title : \"diu\"*))"))
        #expect(expression.contains("\"diu\"*"))
    }

    @Test func levenshteinWithLimit() {
        func d(_ a: String, _ b: String, _ limit: Int) -> Int? {
            SpellingSuggester.distance(Array(a.unicodeScalars), Array(b.unicodeScalars), limit: limit)
        }
        #expect(d("asistenza", "assistenza", 2) == 1)
        #expect(d("anzaini", "anziani", 2) == 2)
        #expect(d("casa", "cosa", 1) == 1)
        #expect(d("casa", "nido", 2) == nil)
        #expect(d("", "ab", 2) == 2)
        let vocabulary: [(term: String, docs: Int64)] = [("assistenza", 10), ("assistente", 3), ("resistenza", 50)]
        #expect(SpellingSuggester().suggestions(for: ["asistenza"], vocabulary: vocabulary).first == "assistenza")
    }
}

@Suite struct SearchConcurrencyTests {
    @Test func searchesFromManyThreadsWhileCardsAreWritten() async throws {
        let f = try SearchFixture()
        try f.addStandardCards()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for worker in 0..<4 {
                group.addTask {
                    for i in 0..<25 {
                        let r = try f.search.search(SearchQuery(text: i % 2 == 0 ? "anziani" : "", territoryId: f.id("004130")))
                        #expect(r.total >= 1, "worker \(worker)")
                    }
                }
            }
            group.addTask {
                for i in 0..<10 {
                    try f.add([FixtureCard(key: "nuovo-\(i)", title: "Trasporto sociale \(i)", needs: ["anziani"],
                                           served: ["CN"])])
                }
            }
            try await group.waitForAll()
        }
        #expect(try f.search.search(SearchQuery(text: "trasporto", territoryId: f.id("004130"))).total == 10)
    }
}

extension Array {
    var firstAndRest: (Element, [Element])? { first.map { ($0, Array(dropFirst())) } }
}
