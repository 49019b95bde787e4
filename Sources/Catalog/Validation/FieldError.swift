/// One problem with one form field, in words a citizen or operator can act on (Italian).
///
/// `field` is the form field's id (used to link the error summary to `#field`); the same
/// `message` is shown in the summary and next to the field.
public struct FieldError: Sendable, Hashable, CustomStringConvertible {
    /// Form field id, e.g. "title", "tax_code", "cost_min".
    public let field: String
    /// Italian message, e.g. "Inserisci il titolo del servizio".
    public let message: String

    public init(field: String, message: String) {
        self.field = field
        self.message = message
    }

    public var description: String { "\(field): \(message)" }
}

/// Collects field errors in form order, at most one per field (the first found).
public struct FieldErrorList: Sendable, Equatable {
    /// The errors in the order they were added.
    public private(set) var errors: [FieldError] = []

    public init() {}

    /// Whether nothing was reported.
    public var isEmpty: Bool { errors.isEmpty }

    /// Adds `error` unless it is nil or its field already has an error.
    public mutating func add(_ error: FieldError?) {
        guard let error, !errors.contains(where: { $0.field == error.field }) else { return }
        errors.append(error)
    }

    /// Adds every error of `more`, keeping the one-per-field rule.
    mutating func add(contentsOf more: [FieldError]) {
        for error in more { add(error) }
    }

    /// Whether `field` already has an error.
    func hasError(for field: String) -> Bool {
        errors.contains { $0.field == field }
    }
}
