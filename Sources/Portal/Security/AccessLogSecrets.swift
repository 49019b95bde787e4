import HTTPServer

/// The portal's capability links: whoever holds the token in the path may read a desk's plan or
/// manage a survey, so the access log writes it as `{token}` (`SecretPathSegments`).
/// `AccessLogSecretsTests` checks that every route with a `{token}` parameter is covered.
public enum AccessLogSecrets {
    static let templates = ["/questionario/{token}", "/imprese/questionario/gestione/{token}", "/piani/{token}"]

    /// The rules for `AccessLog(secrets:)`.
    public static func portal() -> SecretPathSegments {
        // The templates are constants checked by tests; a malformed one is a programming error.
        (try? SecretPathSegments(templates)) ?? .none
    }
}
