import Catalog

/// The one field-error type of the project (STYLE 11), visible in every Portal file without
/// importing Catalog: validators produce it and the error summary and inline messages show it.
typealias FieldError = Catalog.FieldError

extension Catalog.FieldError {
    /// A field error for the form element with id `fieldID` (the first box of a group).
    init(fieldID: String, message: String) { self.init(field: fieldID, message: message) }

    /// The id of the form element, used for the summary's link (`#fieldID`).
    var fieldID: String { field }
}
