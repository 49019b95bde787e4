/// Why seeding could not run. Messages are Italian: operators read them.
enum SeedError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A bundled resource is missing from the build.
    case missingResource(String)
    /// The comuni file is malformed at `line`.
    case badComuniFile(line: Int, reason: String)
    /// Demo data refers to something that does not exist (a bug in the demo data).
    case unknownReference(String)
    /// Base data (territories, taxonomies) must be seeded first.
    case baseDataMissing

    /// Italian explanation.
    var description: String {
        switch self {
        case .missingResource(let name): "Risorsa mancante nel programma: \(name). Ricompilare il progetto."
        case .badComuniFile(let line, let reason): "File dei comuni non valido alla riga \(line): \(reason)."
        case .unknownReference(let what): "Dati dimostrativi incoerenti: \(what) non esiste."
        case .baseDataMissing: "Mancano territori e vocabolari: eseguire prima «vetrina seed» senza opzioni."
        }
    }
}
