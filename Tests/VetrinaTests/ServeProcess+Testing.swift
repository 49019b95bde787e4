import Foundation
import TestSupport

extension FormBrowser {
    /// A browser for a `vetrina serve` process on `port`: the Host and same-origin Origin a
    /// browser would send, and time for a debug build's slower pages.
    static func process(port: Int) -> FormBrowser {
        FormBrowser(port: port, host: "127.0.0.1", origin: "http://127.0.0.1:\(port)", timeout: .seconds(20))
    }
}

extension ServeProcess {
    /// SIGTERM, then waits until the process has exited (it has flushed and closed everything).
    func stopAndWait() {
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
    }
}
