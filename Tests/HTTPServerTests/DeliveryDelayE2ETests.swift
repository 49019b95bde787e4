import Foundation
import HTTPServer
import Testing
import TestSupport

/// `HTTPResponse.deliveryDelay` (sign-in throttling): the answer is held on a timer, so while
/// it waits the only event loop and the only worker keep serving other requests.
@Suite(.blocking) struct DeliveryDelayE2ETests {
    struct Responder: HTTPResponder {
        /// Records `/lento` once its (held) response is built.
        let started = StartedRequests()

        func respond(to request: HTTPRequest) -> HTTPResponse {
            if request.path == "/lento" { started.add("lento") }
            var response = HTTPResponse(contentType: "text/plain", text: request.path == "/lento" ? "lento" : "rapido")
            if request.path == "/lento" { response.deliveryDelay = .milliseconds(1_500) }
            return response
        }
        func runsOnEventLoop(_ head: RequestHead) -> Bool { head.path == "/lento-loop" }
    }

    @Test func aHeldResponseBlocksNeitherTheLoopNorTheWorkers() throws {
        let responder = Responder()
        try withLiveServer(responder, configure: { $0.eventLoops = 1; $0.workerThreads = 1 }) { live in
            let slow = try live.client()
            let started = ContinuousClock.now
            try slow.write("GET /lento HTTP/1.1\r\nHost: t\r\n\r\n")
            #expect(waitUntil { responder.started.contains("lento") })   // the slow request is now held
            for _ in 0..<5 {
                let quick = try live.client()
                defer { quick.close() }
                let reply = try quick.send("GET /rapido HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n")
                #expect(reply.status == 200 && reply.text == "rapido")
            }
            #expect(ContinuousClock.now - started < .milliseconds(1_400))   // all answered while /lento waits
            let held = try slow.readResponse()
            #expect(held.status == 200 && held.text == "lento")
            #expect(ContinuousClock.now - started >= .milliseconds(1_450))
            // The connection stays usable after a held response.
            let next = try slow.send("GET /rapido HTTP/1.1\r\nHost: t\r\n\r\n")
            #expect(next.text == "rapido")
            slow.close()
        }
    }
}
