import HTTPServer

extension ErrorResponder {
    /// Errors from HTTPServer and Catalog that have a fixed meaning for the visitor, or nil.
    func mappedByLowerLayers(_ error: any Error) -> HTTPResponse? {
        nil
    }
}
