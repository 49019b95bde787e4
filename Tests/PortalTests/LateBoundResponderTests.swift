import HTTPServer
import Testing
@testable import Portal

@Suite struct LateBoundResponderTests {
    struct Fixed: HTTPResponder {
        func respond(to request: HTTPRequest) -> HTTPResponse {
            HTTPResponse(status: .ok, contentType: "text/plain", text: "ok")
        }
        func maxBodySize(for head: RequestHead) -> Int? { 7 }
    }

    @Test func answers503UntilBoundThenDelegates() {
        let responder = LateBoundResponder()
        let before = responder.respond(to: request("/"))
        #expect(before.status == .serviceUnavailable)
        #expect(before.headers["Retry-After"] == "1")
        #expect(responder.maxBodySize(for: request("/").head) == nil)
        responder.bind(Fixed())
        #expect(responder.respond(to: request("/")).status == .ok)
        #expect(responder.maxBodySize(for: request("/").head) == 7)
    }
}
