import Foundation
import Storage

/// The editable columns of `service` and their values from a draft, shared by INSERT and UPDATE.
enum ServiceColumns {
    /// Column names, in the order `values(of:slug:)` returns them.
    static let editable = [
        "organization_id", "external_id", "slug", "title", "summary", "description", "service_type_code",
        "audience", "how_to_access", "required_documents", "outcome", "times_and_deadlines", "conditions",
        "age_min", "age_max", "accessibility_notes", "cost_kind", "cost_min_cents", "cost_max_cents",
        "cost_unit", "cost_notes", "tuir_category_code", "welfare_notes", "contact_phone", "contact_email",
        "contact_website", "contact_referent", "contact_hours", "valid_from", "valid_to", "status",
        "archive_reason", "last_verified_at", "source", "is_demo", "welfare_payment_mode", "welfare_firm_steps",
    ]

    /// Bind values for `editable`, with the slug already resolved.
    static func values(of d: ServiceDraft, slug: String) -> [any SQLBindable] {
        let archiveReason: String? = d.status == .archived ? d.archiveReason : nil
        return [
            d.organizationId, d.externalId, slug, d.title, d.summary, d.description, d.serviceTypeCode,
            d.audience, d.howToAccess, d.requiredDocuments, d.outcome, d.timesAndDeadlines, d.conditions,
            d.ageMin, d.ageMax, d.accessibilityNotes, d.cost.kind.rawValue, d.cost.minCents, d.cost.maxCents,
            d.cost.unit, d.cost.notes, d.tuirCategoryCode, d.welfareNotes, d.contacts.phone, d.contacts.email,
            d.contacts.website, d.contacts.referent, d.contacts.hours, d.validFrom, d.validTo, d.status.rawValue,
            archiveReason, d.lastVerifiedAt, d.source, d.isDemo, d.welfarePaymentMode?.rawValue,
            d.welfareFirmSteps?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "",
        ]
    }

    /// `SELECT` list reading a whole service row (alias `s`).
    static let selectList = "s.id, s.uuid, s.version, s.created_at, s.updated_at, "
        + editable.map { "s.\($0)" }.joined(separator: ", ")

    /// Builds the scalar part of a draft from a row read with `selectList`; relations are empty.
    static func draft(from row: Row) throws -> ServiceDraft {
        var d = ServiceDraft(organizationId: try row.get("organization_id"), title: try row.get("title"),
                             serviceTypeCode: try row.get("service_type_code"))
        d.externalId = try row.get("external_id")
        d.slug = try row.get("slug")
        d.summary = try row.get("summary")
        d.description = try row.get("description")
        d.audience = try row.get("audience")
        d.howToAccess = try row.get("how_to_access")
        d.requiredDocuments = try row.get("required_documents")
        d.outcome = try row.get("outcome")
        d.timesAndDeadlines = try row.get("times_and_deadlines")
        d.conditions = try row.get("conditions")
        d.ageMin = try row.get("age_min")
        d.ageMax = try row.get("age_max")
        d.accessibilityNotes = try row.get("accessibility_notes")
        d.cost = CostModel(kind: CostKind(rawValue: try row.get("cost_kind")) ?? .unknown,
                           minCents: try row.get("cost_min_cents"), maxCents: try row.get("cost_max_cents"),
                           unit: try row.get("cost_unit"), notes: try row.get("cost_notes"))
        d.tuirCategoryCode = try row.get("tuir_category_code")
        d.welfareNotes = try row.get("welfare_notes")
        d.welfarePaymentMode = (try row.get("welfare_payment_mode") as String?).flatMap(WelfarePaymentMode.init(rawValue:))
        let steps: String = try row.get("welfare_firm_steps")
        d.welfareFirmSteps = steps.isEmpty ? nil : steps
        d.contacts = Contacts(phone: try row.get("contact_phone"), email: try row.get("contact_email"),
                              website: try row.get("contact_website"), referent: try row.get("contact_referent"),
                              hours: try row.get("contact_hours"))
        d.validFrom = try row.get("valid_from")
        d.validTo = try row.get("valid_to")
        d.status = ServiceStatus(rawValue: try row.get("status")) ?? .draft
        d.archiveReason = try row.get("archive_reason")
        d.lastVerifiedAt = try row.get("last_verified_at")
        d.source = try row.get("source")
        d.isDemo = try row.get("is_demo")
        d.languageCodes = []
        return d
    }
}
