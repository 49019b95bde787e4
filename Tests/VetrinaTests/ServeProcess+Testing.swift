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
