import Foundation

/// Runs the built `vetrina` binary (`.build/debug/vetrina`, built by `swift build --build-tests`).
struct CLIRunner {
    struct Result {
        var exitCode: Int32
        var stdout: String
        var stderr: String
    }

    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var binary: URL { repositoryRoot.appendingPathComponent(".build/debug/vetrina") }

    /// Runs `vetrina arguments…` in `directory` and waits for it.
    static func run(_ arguments: [String], in directory: URL? = nil) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? repositoryRoot
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(exitCode: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }
}

/// `vetrina serve --db DB --port 0 --threads 2` running in the background, and the port it bound.
struct ServeProcess {
    let process: Process
    let port: Int

    /// Starts the server with its standard error sent to `standardError` and waits for its
    /// "in ascolto su" line; the caller ends it (SIGTERM, or `stop()` on the way out).
    /// `extraArguments` follow the fixed ones; `openFileLimit` runs it under `ulimit -n`.
    init(db: String, standardError: FileHandle, extraArguments: [String] = [], openFileLimit: Int? = nil) throws {
        process = Process()
        let arguments = ["serve", "--db", db, "--port", "0", "--threads", "2"] + extraArguments
        if let openFileLimit {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "ulimit -n \(openFileLimit) && exec \"$0\" \"$@\"", CLIRunner.binary.path] + arguments
        } else {
            process.executableURL = CLIRunner.binary
            process.arguments = arguments
        }
        process.currentDirectoryURL = CLIRunner.repositoryRoot
        let out = Pipe()
        process.standardOutput = out
        process.standardError = standardError
        try process.run()
        do { port = try Self.port(from: out.fileHandleForReading) } catch { process.terminate(); throw error }
    }

    func stop() { if process.isRunning { process.terminate() } }

    /// Reads the "in ascolto su http://127.0.0.1:PORT" line.
    private static func port(from handle: FileHandle) throws -> Int {
        var text = ""
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            let data = handle.availableData
            if data.isEmpty { break }
            text += String(decoding: data, as: UTF8.self)
            if let range = text.range(of: "in ascolto su http://127.0.0.1:"), let line = text[range.upperBound...].split(separator: "\n").first,
               let port = Int(line) { return port }
        }
        throw CocoaError(.fileReadUnknown)
    }
}

/// A fresh temporary directory for one test.
struct ScratchDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("vetrina-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    func remove() { try? FileManager.default.removeItem(at: url) }
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
