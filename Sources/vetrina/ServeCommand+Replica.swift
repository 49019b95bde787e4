import Catalog
import Portal
import Storage

extension ServeCommand {
    /// The writer creates every signing key the portal uses (`SiteKeyNames.all`) before it
    /// listens, so a read-only node, which cannot create one on first use, finds them in the
    /// replicated file. A read-only node only checks they are there and refuses to start without
    /// them (under systemd it is restarted until the writer has started once).
    static func prepareSiteKeys(_ secrets: SiteSecrets, pool: DatabasePool) throws {
        guard pool.isReadOnly else {
            for name in SiteKeyNames.all { _ = try secrets.key(named: name) }
            return
        }
        let stored: [String] = try pool.read { db in
            try db.query("SELECT name FROM site_secret").map { row in try row.get("name", as: String.self) }
        }
        let missing = SiteKeyNames.all.filter { !stored.contains($0) }
        guard missing.isEmpty else {
            throw CLIError.failure("Il database non contiene ancora le chiavi del sito (\(missing.joined(separator: ", "))): "
                + "avviare prima, almeno una volta, il nodo che scrive («vetrina serve» senza --replica) su questo file, poi la replica.")
        }
    }
}

extension ServeSettings {
    /// `--writer-url`: an absolute http(s) URL, and only for a read-only node.
    static func writerURL(_ text: String?, isReplica: Bool) throws -> String? {
        guard let text else { return nil }
        guard isReplica else {
            throw CLIError.usage("--writer-url vale solo con --replica.", command: ServeCommand.name)
        }
        guard (text.hasPrefix("http://") || text.hasPrefix("https://")), ReadOnlyNode(writerURL: text).writerURL != nil,
              !text.contains(where: { $0 == " " || $0 == "\"" || $0 == "<" || $0 == ">" }) else {
            throw CLIError.usage("--writer-url deve essere un indirizzo che inizia con http:// o https://, non «\(text)».",
                                 command: ServeCommand.name)
        }
        return text
    }
}
