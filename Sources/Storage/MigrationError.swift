/// Why the migrations cannot be applied. Messages are in Italian: they are shown to operators.
public enum MigrationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The migrations directory does not exist.
    case directoryNotFound(path: String)
    /// A `.sql` file whose name is not `NNNN_name.sql`.
    case badFileName(String)
    /// Two files share a number.
    case duplicateVersion(Int, names: [String])
    /// A file could not be read as UTF-8.
    case unreadable(name: String)
    /// A file already applied to this database has been changed since.
    case editedFile(name: String, recordedChecksum: String, currentChecksum: String)
    /// A file applied to this database is no longer in the directory (or was renamed).
    case missingFile(name: String)

    /// Italian explanation with what to do.
    public var description: String {
        switch self {
        case .directoryNotFound(let path):
            "Cartella delle migrazioni non trovata: \(path). Indicarla con --migrations DIR."
        case .badFileName(let name):
            "Nome di migrazione non valido: \(name) (atteso NNNN_nome.sql, per esempio 0003_contatti.sql)."
        case .duplicateVersion(let version, let names):
            "Più migrazioni con il numero \(version): \(names.joined(separator: ", "))."
        case .unreadable(let name):
            "Impossibile leggere la migrazione \(name) come testo UTF-8."
        case .editedFile(let name, let recorded, let current):
            "La migrazione \(name) è già stata applicata a questo database ma il file è stato modificato "
                + "(checksum registrato \(recorded.prefix(12))…, attuale \(current.prefix(12))…). "
                + "Le migrazioni applicate non si modificano: ripristinare il file e aggiungere una nuova migrazione."
        case .missingFile(let name):
            "La migrazione \(name) è registrata in questo database ma il file non esiste più nella cartella "
                + "delle migrazioni. Ripristinarlo (le migrazioni applicate non si cancellano né si rinominano)."
        }
    }
}
