/// What can go wrong when reading or writing the catalog, in domain terms. The portal maps
/// these to responses in one place (notFound → 404, invalid → 422, conflict → 409); storage
/// failures stay `SQLiteError`.
public enum CatalogError: Error, Sendable, Equatable {
    /// The requested record does not exist (or is not visible to the caller).
    case notFound
    /// Someone else saved the record since the caller read it: it no longer has `expectedVersion`.
    case conflict(expectedVersion: Int)
    /// The input was rejected; one Italian message per field, in form order.
    case invalid([FieldError])
}
