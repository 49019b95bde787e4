/// What can go wrong while answering a page, in the portal's own words. `ErrorResponder` turns
/// each case into a status and a page in the request's language (messages
/// come already written in it, from the catalog); handlers only throw.
enum PortalError: Error, Sendable, Equatable {
    /// The address names something that does not exist (404). `what` is a plain sentence.
    case notFound(what: String?)
    /// A filter or parameter has a value we do not accept (400); each entry explains one problem.
    case invalidParameters([String])
    /// An uploaded file is larger than `limitBytes` (413, with a page stating the limit).
    case uploadTooLarge(limitBytes: Int)
    /// A public form without a session came without a valid token, or from another site (403).
    case formExpired
    /// Too many submissions from one client (429, `Retry-After`).
    case tooManyRequests(retryAfterSeconds: Int)
}
