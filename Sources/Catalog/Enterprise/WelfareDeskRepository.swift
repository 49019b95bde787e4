import Foundation
import Storage

/// Welfare desks ("sportelli") serving a comune: published cards of a desk type whose served
/// territory contains the comune, or that have a place in it, nearest first (a desk in the
/// comune, then its area, province, region). Confidential addresses are never returned.
public struct WelfareDeskRepository: Sendable {
    /// The service types that are desks.
    static let deskTypes = ["sportello", "sportello_welfare_imprese"]
    private let database: DatabasePool

    public init(database: DatabasePool) { self.database = database }

    /// At most `limit` desks for the comune with id `comuneID`.
    public func desks(servingComune comuneID: Int64, limit: Int = 3) throws -> [WelfareDesk] {
        try database.read { db in
            try db.query("""
                WITH reach AS (
                    SELECT st.service_id, min(cc.proximity) AS proximity FROM service_territory st
                    JOIN comune_container cc ON cc.territory_id = st.territory_id AND cc.comune_id = ?1
                    GROUP BY st.service_id
                    UNION ALL
                    SELECT sl.service_id, 0 FROM service_location sl JOIN location l ON l.id = sl.location_id
                    WHERE l.comune_id = ?1
                )
                SELECT s.id, s.slug, s.title, s.summary, o.name AS org_name, o.slug AS org_slug, min(r.proximity) AS proximity,
                       (SELECT CASE WHEN l.is_confidential = 1 OR l.address IS NULL THEN t.name ELSE l.address || ', ' || t.name END
                        FROM service_location sl JOIN location l ON l.id = sl.location_id JOIN territory t ON t.id = l.comune_id
                        WHERE sl.service_id = s.id ORDER BY (l.comune_id = ?1) DESC, sl.sort_order LIMIT 1) AS place,
                       coalesce(s.contact_phone, o.phone) AS phone
                FROM reach r JOIN service s ON s.id = r.service_id JOIN organization o ON o.id = s.organization_id
                WHERE s.status = 'published' AND s.service_type_code IN (SELECT value FROM json_each(?2))
                GROUP BY s.id ORDER BY proximity, s.title LIMIT ?3
                """, comuneID, "[\"" + Self.deskTypes.joined(separator: "\",\"") + "\"]", max(1, min(limit, 20))).map { row in
                WelfareDesk(slug: try row.get("slug"), title: try row.get("title"), summary: try row.get("summary"),
                            organizationName: try row.get("org_name"), organizationSlug: try row.get("org_slug"),
                            place: try row.get("place"), phone: try row.get("phone"), isInComune: (try row.get("proximity") as Int) == 0)
            }
        }
    }
}

/// A welfare desk as a comune page shows it.
public struct WelfareDesk: Sendable, Equatable {
    public var slug: String
    public var title: String
    public var summary: String
    public var organizationName: String
    public var organizationSlug: String
    /// "Via Roma 1, Pinerolo", or only the comune when the address is confidential or missing.
    public var place: String?
    public var phone: String?
    /// The desk is in (or serves exactly) this comune, rather than its area or province.
    public var isInComune: Bool

    init(slug: String, title: String, summary: String, organizationName: String, organizationSlug: String,
                place: String?, phone: String?, isInComune: Bool) {
        self.slug = slug
        self.title = title
        self.summary = summary
        self.organizationName = organizationName
        self.organizationSlug = organizationSlug
        self.place = place
        self.phone = phone
        self.isInComune = isInComune
    }
}
