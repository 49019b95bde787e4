import Foundation

/// A term of one of the catalog's vocabularies, named by taxonomy and code.
public struct TermReference: Sendable, Hashable {
    public var taxonomy: Taxonomy
    public var code: String

    public init(taxonomy: Taxonomy, code: String) {
        self.taxonomy = taxonomy
        self.code = code
    }
}

/// Which public cards an open data list returns. Empty values mean "no filter".
public struct OpenDataFilter: Sendable, Equatable {
    /// Free text, matched like the portal's search box.
    public var text: String
    /// Cards answering any of these territories (a CAP may name several comuni); nil for anywhere.
    public var territoryIds: [Int64]?
    /// Only cards of this organisation.
    public var organizationId: Int64?
    /// Only cards carrying this term.
    public var term: TermReference?
    /// Only cards changed at or after this instant.
    public var modifiedAfter: Date?

    public init(text: String = "", territoryIds: [Int64]? = nil, organizationId: Int64? = nil,
                term: TermReference? = nil, modifiedAfter: Date? = nil) {
        self.text = text
        self.territoryIds = territoryIds
        self.organizationId = organizationId
        self.term = term
        self.modifiedAfter = modifiedAfter
    }
}
