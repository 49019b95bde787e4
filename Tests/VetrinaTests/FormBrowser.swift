import Foundation
import TestSupport

/// A small browser over `RawHTTPClient` for the real-process tests: one connection per request,
/// keeps cookies, and adds the `csrf` hidden field of the last page it read to each POST.
final class FormBrowser {
    let port: Int
    private(set) var cookies: [String: String] = [:]
    private var lastPage = ""

    init(port: Int) { self.port = port }

    @discardableResult
    func get(_ target: String) throws -> HTTPReply {
        try send("GET \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\n\(cookieHeader())Connection: close\r\n\r\n")
    }

    /// POSTs `fields` form-encoded, same-origin, with the last page's CSRF token unless `fields` has one.
    @discardableResult
    func post(_ target: String, _ fields: [(String, String)]) throws -> HTTPReply {
        var all = fields
        if !fields.contains(where: { $0.0 == "csrf" }), let token = csrfToken { all.append(("csrf", token)) }
        let body = Self.encode(all)
        return try send("POST \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: http://127.0.0.1:\(port)\r\n\(cookieHeader())"
            + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: \(body.utf8.count)\r\nConnection: close\r\n\r\n\(body)")
    }

    /// The `csrf` hidden field of the last page read.
    var csrfToken: String? {
        guard let range = lastPage.range(of: "name=\"csrf\" value=\"") else { return nil }
        return String(lastPage[range.upperBound...].prefix { $0 != "\"" })
    }

    private func send(_ raw: String) throws -> HTTPReply {
        let client = try RawHTTPClient(port: port, timeout: .seconds(20))
        defer { client.close() }
        let reply = try client.send(raw)
        for value in reply.headers.values(for: "Set-Cookie") { remember(value) }
        if reply.status == 200 || reply.status >= 400 { lastPage = reply.text }
        return reply
    }

    private func remember(_ setCookie: String) {
        let pair = setCookie.split(separator: ";")[0]
        guard let eq = pair.firstIndex(of: "=") else { return }
        let name = String(pair[..<eq]), value = String(pair[pair.index(after: eq)...])
        cookies[name] = value.isEmpty || setCookie.contains("Max-Age=0") ? nil : value
    }

    private func cookieHeader() -> String {
        cookies.isEmpty ? "" : "Cookie: " + cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") + "\r\n"
    }

    static func encode(_ fields: [(String, String)]) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return fields.map { name, value in
            (name.addingPercentEncoding(withAllowedCharacters: allowed) ?? "") + "="
                + (value.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")
        }.joined(separator: "&")
    }
}

extension ServeProcess {
    /// SIGTERM, then waits until the process has exited (it has flushed and closed everything).
    func stopAndWait() {
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
    }
}

extension CLIRunner {
    /// Runs `vetrina arguments…` with `standardInput` piped in, and waits for it.
    static func run(_ arguments: [String], standardInput: String) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = repositoryRoot
        let input = Pipe(), out = Pipe(), err = Pipe()
        process.standardInput = input
        process.standardOutput = out
        process.standardError = err
        try process.run()
        input.fileHandleForWriting.write(Data(standardInput.utf8))
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(exitCode: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }
}
