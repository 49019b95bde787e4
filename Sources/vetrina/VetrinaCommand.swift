/// The `vetrina` command line: picks the subcommand and turns errors into exit codes.
enum VetrinaCommand {
    static let help = """
        Vetrina Welfare — il catalogo dei servizi di welfare del Piemonte.

        Uso: vetrina COMANDO [OPZIONI]

        Comandi:
          migrate   crea o aggiorna lo schema del database
          seed      carica territori e vocabolari; con --demo il catalogo dimostrativo
          backup    copia coerente del database
          restore   controlla un backup e lo ripristina in un nuovo file
          stats     conta i dati del catalogo
          serve     avvia il portale web
          user      crea un account per l'area operatori (user create)
          freshness elenca per ente le schede da verificare (stato 3 se ce ne sono)
          import-hsds importa servizi ed enti da un file HSDS (ndjson o JSON), tutto o niente

        «vetrina COMANDO --help» spiega le opzioni di ogni comando.
        """

    /// Runs the command in `arguments` (without the program name) and returns the exit code.
    static func main(_ arguments: [String], printError: (String) -> Void) -> Int32 {
        guard let command = arguments.first else {
            printError(help)
            return 2
        }
        let rest = Array(arguments.dropFirst())
        do {
            switch command {
            case "--help", "-h", "help": print(help)
            case MigrateCommand.name: try MigrateCommand.run(rest)
            case SeedCommand.name: try SeedCommand.run(rest)
            case BackupCommand.name: try BackupCommand.run(rest)
            case RestoreCommand.name: try RestoreCommand.run(rest)
            case StatsCommand.name: try StatsCommand.run(rest)
            case ServeCommand.name: try ServeCommand.run(rest)
            case UserCommand.name: try UserCommand.run(rest)
            case FreshnessCommand.name: try FreshnessCommand.run(rest)
            case ImportHSDSCommand.name: try ImportHSDSCommand.run(rest)
            default: throw CLIError.usage("Comando sconosciuto: «\(command)».")
            }
            return 0
        } catch let error as CLIError {
            printError("vetrina \(command): \(error.message)")
            return error.exitCode
        } catch {
            printError("vetrina \(command): errore: \(error)")
            return 1
        }
    }
}
