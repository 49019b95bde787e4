import Testing
@testable import HTTPServer

@Suite struct ConnectionE2ETests {
    @Test func answersAndKeepsTheConnectionAlive() throws {
        let live = try LiveServer()
        defer { live.stop() }
        let client = try live.client()
        for _ in 0..<3 {
            try client.send("GET /hello HTTP/1.1\r\nHost: t\r\n\r\n")
            let r = try client.readResponse()
            #expect(r.status == 200)
            #expect(r.text == "hello")
            #expect(r.header("Content-Length") == "5")
            #expect(r.header("Date")?.hasSuffix(" GMT") == true)
            #expect(r.header("X-Request-Id") != nil)
            #expect(r.header("Connection") == nil)
        }
        #expect(live.observer.opened == 1)
    }

    @Test func runsSlowRespondersOnWorkers() throws {
        let live = try LiveServer()
        defer { live.stop() }
        let client = try live.client()
        try client.send("GET /slow?ms=20&tag=a HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(try client.readResponse().text == "slow a")
    }
}
