import HTTPServer
import Storage

extension ErrorResponder {
    /// 503 with the read-only page: this node cannot do what `request` asks, the writer can.
    /// No `Retry-After`: asking this node again will not help (the page says where to go).
    func readOnlyResponse(_ request: HTTPRequest) -> HTTPResponse {
        let page = pages(for: request).readOnlyNode(
            writer: readOnlyNode?.writerLink(for: request), writerLabel: readOnlyNode?.writerURL,
            sentForm: !(request.method == .get || request.method == .head), operatorsArea: ReadOnlyNode.isAdmin(request.path))
        return answer(page, .serviceUnavailable)
    }

    /// On a read-only node, a write that still reached the read-only file (SQLITE_READONLY, from a
    /// path the route gate let through): the read-only page instead of a 500, logged so it gets
    /// fixed. Nil on the writer, where a read-only file is a real fault (500).
    func readOnlyWriteResponse(_ error: any Error, request: HTTPRequest) -> HTTPResponse? {
        guard readOnlyNode != nil, let sqlite = error as? SQLiteError, sqlite.isReadOnlyRefusal else { return nil }
        log("\(request.requestID) \(request.method) \(request.path): write refused on a read-only node: \(sqlite)")
        return readOnlyResponse(request)
    }
}

extension ErrorPageView {
    /// 503 on a read-only node (`vetrina serve --replica`): what this server can do, that nothing
    /// was saved (`sentForm`), that operators work on the main server (`operatorsArea`), and the
    /// link to the main server (`writer`, shown as `writerLabel`) or, without one, what to do.
    func readOnlyNode(writer: SafeURL?, writerLabel: String?, sentForm: Bool, operatorsArea: Bool) -> HTML {
        var body: HTML = "<p class=\"lead\">\(l10n.tr("error.read_only.lead"))</p>\n"
        if sentForm { body.append("<p>\(l10n.tr("error.read_only.not_saved"))</p>\n") }
        if operatorsArea { body.append("<p>\(l10n.tr("error.read_only.admin"))</p>\n") }
        if let writer {
            body.append("<p>\(l10n.tr("error.read_only.next_writer")) <a href=\"\(writer)\">\(writerLabel ?? writer.value)</a></p>\n")
        } else {
            body.append("<p>\(l10n.tr("error.read_only.next"))</p>\n")
        }
        return page(title: l10n.tr("error.read_only.title"), body: body)
    }
}
