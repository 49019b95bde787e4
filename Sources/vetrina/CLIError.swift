/// A command-line failure: a message for stderr and the process exit code.
/// Usage errors exit 2 (like most Unix tools); failures while working exit 1.
struct CLIError: Error, CustomStringConvertible {
    var message: String
    var exitCode: Int32

    /// Bad arguments: unknown command or flag, missing or malformed value.
    static func usage(_ message: String, command: String? = nil) -> CLIError {
        let hint = command.map { "Usare «vetrina \($0) --help» per l'aiuto." } ?? "Usare «vetrina --help» per l'aiuto."
        return CLIError(message: "\(message)\n\(hint)", exitCode: 2)
    }

    /// The work itself failed (database, files).
    static func failure(_ message: String) -> CLIError {
        CLIError(message: message, exitCode: 1)
    }

    var description: String { message }
}
