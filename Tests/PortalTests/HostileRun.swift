import Foundation
import TestSupport

/// One hostile request as bytes, with what the checks need to know about it.
struct HostileRequest: Sendable, CustomStringConvertible {
    var method: String
    var target: String
    var bytes: [UInt8]

    init(method: String, target: String, raw: String) { self.init(method: method, target: target, bytes: Array(raw.utf8)) }

    init(method: String, target: String, bytes: [UInt8]) {
        self.method = method
        self.target = target
        self.bytes = bytes
    }

    var description: String { "\(method) \(String(target.prefix(160)))" }
}

/// Runs seeded hostile requests on a few threads and collects what went wrong.
enum HostileRun {
    /// Methods the server knows; anything else may get 501 (RFC 9110 §9.1).
    static let knownMethods: Set<String> = ["GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH"]

    /// Plain-text bodies the HTTP layer may send before a request reaches the portal's router.
    static let plainItalianBodies: Set<String> = [
        "Richiesta non valida.", "Pagina non trovata.", "Metodo non consentito.", "Contenuto troppo grande.",
        "Tipo di contenuto non supportato.", "Accesso non consentito.", "Intestazioni troppo grandi.",
        "Indirizzo troppo lungo.", "Metodo non supportato.", "Codifica non supportata.", "Tempo scaduto.",
        "Lunghezza richiesta.", "Servizio non disponibile.", "Versione HTTP non supportata.",
    ]

    /// `workers` threads, each with its own generator seeded from `seed` and its index, so the
    /// same seed always produces the same requests. Returns the failure descriptions.
    static func parallel(seed: UInt64, workers: Int, perWorker: Int,
                         make: @escaping @Sendable (inout HostileInputGenerator) -> HostileRequest,
                         check: @escaping @Sendable (HostileRequest) throws -> String?) -> [String] {
        let failures = Locked<[String]>([])
        defer { print("hostile run seed \(seed): \(workers * perWorker) requests, \(failures.current.count) failures") }
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var generator = HostileInputGenerator(seed: seed &+ UInt64(worker) &* 0x1_0000_0001)
            for index in 0..<perWorker {
                let request = make(&generator)
                do {
                    if let problem = try check(request) { failures.withLock { $0.append("#\(worker).\(index) \(request): \(problem)") } }
                } catch {
                    failures.withLock { $0.append("#\(worker).\(index) \(request): \(error)") }
                }
            }
        }
        return failures.current
    }

    /// Sends `request` on a new connection and returns a description of what is wrong, or nil.
    static func check(_ request: HostileRequest, port: Int, statuses: StatusTally? = nil) throws -> String? {
        let client = try RawHTTPClient(port: port, timeout: .seconds(10))
        defer { client.close() }
        try client.write(request.bytes)
        let reply = try client.readResponse(expectBody: request.method != "HEAD")
        statuses?.add(reply.status)
        return problem(with: reply, for: request)
    }

    static func problem(with reply: HTTPReply, for request: HostileRequest) -> String? {
        if reply.status >= 500 && !(reply.status == 501 && mayBeNotImplemented(request)) {
            return "status \(reply.status)"
        }
        if reply.bodyContains(HostileInputGenerator.marker) { return "unescaped marker in the response" }
        if reply.bodyContains("root:x:0:0") { return "served a file outside the public directory" }
        guard reply.status >= 400, request.method != "HEAD" else { return nil }
        let type = reply.headers["Content-Type"] ?? ""
        if request.target.hasPrefix("/api/"), type == "text/html; charset=utf-8", reply.status == 400 {
            return "an HTML 400 from the JSON API"
        }
        if type == "text/html; charset=utf-8" {
            return reply.bodyContains("<html lang=\"it\">") ? nil : "HTML error page not in Italian"
        }
        if type.hasPrefix("text/plain"), plainItalianBodies.contains(reply.text.trimmingCharacters(in: .whitespacesAndNewlines)) {
            return nil
        }
        if type.hasPrefix("application/json"), request.target.hasPrefix("/api/") { return nil }
        return "status \(reply.status) with \(type): \(String(reply.text.prefix(80)))"
    }

    static func mayBeNotImplemented(_ request: HostileRequest) -> Bool {
        !knownMethods.contains(request.method) || String(decoding: request.bytes, as: UTF8.self).contains("Transfer-Encoding:")
    }
}

/// Count of response statuses from several threads, printed so a run shows what it exercised.
final class StatusTally: Sendable {
    private let counts = Locked<[Int: Int]>([:])

    func add(_ status: Int) { counts.withLock { $0[status, default: 0] += 1 } }
    var all: [Int: Int] { counts.current }
    var summary: String { all.sorted { $0.key < $1.key }.map { "\($0.key)×\($0.value)" }.joined(separator: " ") }
}
