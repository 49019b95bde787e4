import Catalog

extension SQLitePortalCatalog {
    public func welfareDesks(serving comune: Comune, limit: Int) throws -> [WelfareDesk] {
        try WelfareDeskRepository(database: pool).desks(servingComune: comune.id, limit: limit)
    }
}
