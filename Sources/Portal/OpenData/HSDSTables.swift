/// The 21 resources of the HSDS 3.0 tabular data package, in the order, with the file names and
/// column order of the official `datapackage.json` (openreferral/specification, schema/).
enum HSDSTables {
    struct Table: Sendable {
        let resource: String
        let path: String
        let columns: [String]
    }

    static let all: [Table] = [
        Table(resource: "organization", path: "organizations.csv", columns: ["id", "name", "alternate_name", "description", "email", "website", "tax_status", "tax_id", "year_incorporated", "legal_status", "logo", "uri", "parent_organization_id"]),
        Table(resource: "program", path: "programs.csv", columns: ["id", "organization_id", "name", "alternate_name", "description"]),
        Table(resource: "service", path: "services.csv", columns: ["id", "organization_id", "program_id", "name", "alternate_name", "description", "url", "email", "status", "interpretation_services", "application_process", "fees_description", "wait_time", "fees", "accreditations", "eligibility_description", "minimum_age", "maximum_age", "assured_date", "assurer_email", "licenses", "alert", "last_modified"]),
        Table(resource: "attribute", path: "attributes.csv", columns: ["id", "link_id", "taxonomy_term_id", "link_type", "link_entity", "value"]),
        Table(resource: "service_at_location", path: "service_at_location.csv", columns: ["id", "service_id", "location_id", "description"]),
        Table(resource: "location", path: "locations.csv", columns: ["id", "location_type", "url", "organization_id", "name", "alternate_name", "description", "transportation", "latitude", "longitude", "external_identifier", "external_identifier_type"]),
        Table(resource: "phone", path: "phones.csv", columns: ["id", "location_id", "service_id", "organization_id", "contact_id", "service_at_location_id", "number", "extension", "type", "description"]),
        Table(resource: "contact", path: "contacts.csv", columns: ["id", "organization_id", "service_id", "service_at_location_id", "location_id", "name", "title", "department", "email"]),
        Table(resource: "address", path: "addresses.csv", columns: ["id", "location_id", "attention", "address_1", "address_2", "city", "region", "state_province", "postal_code", "country", "address_type"]),
        Table(resource: "schedule", path: "schedules.csv", columns: ["id", "service_id", "location_id", "service_at_location_id", "valid_from", "valid_to", "dtstart", "timezone", "until", "count", "wkst", "freq", "interval", "byday", "byweekno", "bymonthday", "byyearday", "description", "opens_at", "closes_at", "schedule_link", "attending_type", "notes"]),
        Table(resource: "funding", path: "funding.csv", columns: ["id", "organization_id", "service_id", "source"]),
        Table(resource: "service_area", path: "service_areas.csv", columns: ["id", "service_id", "name", "description", "extent", "extent_type", "uri"]),
        Table(resource: "required_document", path: "required_documents.csv", columns: ["id", "service_id", "document", "uri"]),
        Table(resource: "language", path: "languages.csv", columns: ["id", "service_id", "location_id", "phone_id", "name", "code", "note"]),
        Table(resource: "accessibility", path: "accessibility.csv", columns: ["id", "location_id", "description", "details", "url"]),
        Table(resource: "taxonomy_term", path: "taxonomy_terms.csv", columns: ["id", "code", "name", "description", "parent_id", "taxonomy", "language", "taxonomy_id", "term_uri"]),
        Table(resource: "metadata", path: "metadata.csv", columns: ["id", "resource_id", "resource_type", "last_action_date", "last_action_type", "field_name", "previous_value", "replacement_value", "updated_by"]),
        Table(resource: "meta_table_description", path: "meta_table_descriptions.csv", columns: ["id", "name", "language", "character_set"]),
        Table(resource: "cost_option", path: "cost_options.csv", columns: ["id", "service_id", "valid_from", "valid_to", "option", "currency", "amount", "amount_description"]),
        Table(resource: "organization_identifier", path: "organization_identifiers.csv", columns: ["id", "organization_id", "identifier_scheme", "identifier_type", "identifier"]),
        Table(resource: "taxonomy", path: "taxonomies.csv", columns: ["id", "name", "description", "uri", "version"]),
    ]

    /// The resource a nested member of the HSDS JSON holds (`phones` → `phone`).
    static let nestedResource: [String: String] = [
        "organization": "organization", "program": "program", "service": "service",
        "attributes": "attribute", "service_at_locations": "service_at_location", "location": "location",
        "phones": "phone", "contacts": "contact", "addresses": "address", "schedules": "schedule",
        "funding": "funding", "service_areas": "service_area", "required_documents": "required_document",
        "languages": "language", "accessibility": "accessibility", "taxonomy_term": "taxonomy_term",
        "metadata": "metadata", "cost_options": "cost_option", "organization_identifiers": "organization_identifier",
    ]
}
