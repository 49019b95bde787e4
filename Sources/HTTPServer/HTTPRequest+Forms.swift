extension HTTPRequest {
    /// The decoded query string (`?a=1&b=2`), fields in order.
    /// - Throws: `FormDecodingError` for bad escapes, invalid UTF-8 or too many fields.
    public func queryParameters(limits: URLEncodedForm.Limits = URLEncodedForm.Limits()) throws(FormDecodingError) -> URLEncodedForm {
        try URLEncodedForm(parsing: query, limits: limits)
    }

    /// The body decoded as `application/x-www-form-urlencoded` (HTML forms, WHATWG URL §5).
    /// - Throws: `FormDecodingError.unsupportedContentType` when the `Content-Type` is another
    ///   type (CSRF-safe: a form cannot be smuggled in as JSON or text), or a decoding error.
    public func formBody(limits: URLEncodedForm.Limits = URLEncodedForm.Limits()) throws(FormDecodingError) -> URLEncodedForm {
        let contentType = headers["Content-Type"]
        guard let contentType, let mediaType = MediaType(parsing: contentType),
              mediaType.matches("application/x-www-form-urlencoded")
        else { throw .unsupportedContentType(contentType) }
        return try URLEncodedForm(body: body, limits: limits)
    }
}
