/// `vetrina serve ...`: runs the portal. Filled in by the portal work; until then it says so.
struct ServeCommand {
    static let name = "serve"
    static let help = """
        Uso: vetrina serve --db FILE [--host HOST] [--port PORT] [--public DIR]

        Avvia il portale web. (Non ancora disponibile in questa versione.)
        """

    static func run(_ arguments: [String]) throws {
        if arguments.contains("--help") { return print(help) }
        throw CLIError(message: "il server web non è ancora disponibile in questa versione.", exitCode: 2)
    }
}
