import Catalog
import Search

/// Needs whose visitors may be in danger if someone else sees what they read (violence, abuse).
/// Their pages show the emergency numbers (`SafetyPanelView`) and the quick exit
/// (`QuickExitView`), and searches for them get a generic page title, so the words typed never
/// reach the browser's tab, history or bookmarks.
///
/// A search is sensitive when it filters by such a need or when any of its words belongs to one
/// in the reviewed synonym list (`search-synonyms.tsv`, matched on stems, so "abusi", "molestie"
/// and "violenza domestica" all count).
struct SensitiveTopics: Sendable {
    /// The sensitive need codes of the taxonomy.
    static let needCodes: Set<String> = ["violenza"]

    let synonyms: SearchSynonyms

    init(synonyms: SearchSynonyms = .bundled) {
        self.synonyms = synonyms
    }

    /// Whether the search filters by a sensitive need or uses one of its words.
    func isSensitive(_ parameters: SearchParameters) -> Bool {
        if parameters.needs.contains(where: Self.needCodes.contains) { return true }
        return isSensitive(text: parameters.text)
    }

    /// Whether any word of `text` belongs to a sensitive need.
    func isSensitive(text: String) -> Bool {
        !text.isEmpty && synonyms.needs(inText: text).contains(where: Self.needCodes.contains)
    }

    /// Whether the card is classified under a sensitive need.
    static func isSensitive(_ card: ServiceCard) -> Bool {
        card.needs.contains { needCodes.contains($0.code) }
    }
}

extension SensitiveTopics {
    /// The generic title for sensitive searches: nothing typed or chosen shows in the tab,
    /// the history or a bookmark.
    static let genericSearchTitle = "Risultati della ricerca"

    /// Makes a search page's metadata safe: generic title and description, no Open Graph or
    /// structured data, and the quick-exit bar.
    static func keepPrivate(_ meta: inout PageMetadata) {
        meta.title = genericSearchTitle
        meta.description = "Cerca i servizi di welfare del Piemonte."
        meta.openGraphType = nil
        meta.jsonLD = nil
        meta.showsQuickExit = true
    }
}
