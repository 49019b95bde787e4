import Catalog

extension SQLitePortalCatalog {
    /// The open data view of the same database, sharing this catalog's search snapshot.
    public var openData: OpenDataCatalog { OpenDataCatalog(pool: pool, search: search) }
}
