import Foundation
import Storage

/// Reads the published services a plan lists (enterprise shortlists, desk plans). Only
/// `published` cards are returned: a card archived or unpublished since it was added drops out.
public struct WelfarePlanRepository: Sendable {
    private let database: DatabasePool

    public init(database: DatabasePool) { self.database = database }

    /// The entries for `ids`, in the order given, unknown or unpublished ids left out.
    /// - Throws: `SQLiteError`.
    public func entries(ids: [Int64]) throws -> [WelfarePlanEntry] {
        guard !ids.isEmpty else { return [] }
        let rows = try database.read { db in
            try db.query("""
                SELECT s.id, s.slug, s.title, s.summary, s.organization_id, o.name AS org_name, o.slug AS org_slug,
                       s.tuir_category_code, t.label AS tuir_label, coalesce(t.sort_order, 0) AS tuir_order,
                       s.welfare_payment_mode, s.welfare_firm_steps, s.welfare_notes,
                       coalesce(s.contact_phone, o.phone) AS phone, coalesce(s.contact_email, o.email) AS email
                FROM service s
                JOIN organization o ON o.id = s.organization_id
                LEFT JOIN tuir_category t ON t.code = s.tuir_category_code
                WHERE s.status = 'published' AND s.id IN (SELECT value FROM json_each(?))
                """, Self.jsonList(ids))
        }
        let byID = Dictionary(uniqueKeysWithValues: try rows.map { row in (try row.get("id") as Int64, try Self.entry(row)) })
        return ids.compactMap { byID[$0] }
    }

    /// The id of the published service with `slug`, or nil.
    public func publishedID(slug: String) throws -> Int64? {
        try database.read { try $0.scalar("SELECT id FROM service WHERE slug = ? AND status = 'published'", slug) }
    }

    static func jsonList(_ ids: [Int64]) -> String { "[" + ids.map(String.init).joined(separator: ",") + "]" }

    private static func entry(_ row: Row) throws -> WelfarePlanEntry {
        let steps: String = try row.get("welfare_firm_steps")
        let mode: String? = try row.get("welfare_payment_mode")
        return WelfarePlanEntry(
            serviceID: try row.get("id"), slug: try row.get("slug"), title: try row.get("title"),
            summary: try row.get("summary"), organizationID: try row.get("organization_id"),
            organizationName: try row.get("org_name"), organizationSlug: try row.get("org_slug"),
            tuirCategoryCode: try row.get("tuir_category_code"), tuirCategoryLabel: try row.get("tuir_label"),
            tuirSortOrder: try row.get("tuir_order"), paymentMode: mode.flatMap(WelfarePaymentMode.init(rawValue:)),
            firmSteps: steps.isEmpty ? nil : steps, welfareNotes: try row.get("welfare_notes"),
            phone: try row.get("phone"), email: try row.get("email"))
    }
}
