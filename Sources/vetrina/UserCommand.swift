import Catalog
import Foundation
import Glibc
import Storage
import Crypto
import Accounts

/// `vetrina user create --db FILE --email E --role ROLE`: creates an operator account.
/// The password is read from standard input, or generated and printed once. There is no
/// default password.
struct UserCommand {
    static let name = "user"
    static let help = """
        Uso: vetrina user create --db FILE --email E --role RUOLO [--name NOME]
                                 [--organizations SLUG,SLUG] [--can-publish] [--generate-password]

        Crea un account per l'area operatori. Ruoli: admin, redattore, operatore_ente, sportello.
        La password si legge dallo standard input (una riga, almeno 12 caratteri), per esempio
        «printf '%s\\n' 'frase segreta lunga' | vetrina user create …». Con --generate-password,
        o se lo standard input è un terminale, viene generata e stampata una sola volta.

        Opzioni:
          --db FILE               file del database SQLite (obbligatorio, già migrato)
          --email E               indirizzo e-mail per l'accesso (obbligatorio)
          --role RUOLO            admin, redattore, operatore_ente o sportello (obbligatorio)
          --name NOME             nome mostrato (predefinito: l'e-mail)
          --organizations SLUGS   enti assegnati a un operatore_ente, separati da virgole
          --can-publish           l'operatore_ente può pubblicare le schede dei suoi enti
          --generate-password     genera la password invece di leggerla
          --iterations N          iterazioni PBKDF2 (predefinite: \(PasswordHasher.recommendedIterations))
          --help                  mostra questo aiuto
        """

    static func run(_ arguments: [String]) throws {
        guard let action = arguments.first, action == "create" else {
            if arguments.contains("--help") { return print(help) }
            throw CLIError.usage("Sottocomando mancante o sconosciuto: usare «vetrina user create».", command: name)
        }
        let args = try ArgumentParser(valueOptions: ["db", "email", "role", "name", "organizations", "iterations"],
                                      flags: ["help", "can-publish", "generate-password"], command: name)
            .parse(Array(arguments.dropFirst()))
        if args.has("help") { return print(help) }
        let path = try args.required("db", command: name)
        let email = try args.required("email", command: name)
        guard let role = UserRole(rawValue: try args.required("role", command: name)) else {
            throw CLIError.usage("Ruolo sconosciuto: usare admin, redattore, operatore_ente o sportello.", command: name)
        }
        let iterations = try args.integer("iterations", in: 1...PasswordHasher.maximumIterations, command: name)
            ?? PasswordHasher.recommendedIterations
        let pool = try DatabaseOpener.open(path, create: false)
        defer { pool.close() }
        try DatabaseOpener.requireMigrated(pool)
        let organizations = try organizationIDs(args.value("organizations"), in: pool)
        let (password, generated) = try choosePassword(generate: args.has("generate-password"), email: email)
        let draft = UserAccountDraft(email: email, displayName: args.value("name") ?? "", role: role,
                                     organizationIDs: organizations, canPublish: args.has("can-publish"))
        do {
            let hash = try PasswordHasher(iterations: iterations).hash(password)
            let id = try UserRepository(database: pool, clock: SystemAuthClock()).createAsSystem(draft, passwordHash: hash)
            print("Creato l'utente n. \(id) \(email) (\(role.label)).")
            if generated { print("Password (viene mostrata solo ora, conservala in modo sicuro): \(password)") }
        } catch let error as UserAccountError {
            throw CLIError.failure(error.message)
        }
    }

    private static func choosePassword(generate: Bool, email: String) throws -> (String, Bool) {
        if generate || isatty(STDIN_FILENO) == 1 { return (try GeneratedPassword.make(using: SystemRandomSource()), true) }
        let line = readLine(strippingNewline: true) ?? ""
        let problems = PasswordPolicy().problems(with: line, email: email)
        guard problems.isEmpty else { throw CLIError.failure(problems.joined(separator: " ")) }
        return (line, false)
    }

    private static func organizationIDs(_ list: String?, in pool: DatabasePool) throws -> Set<Int64> {
        guard let list else { return [] }
        var ids = Set<Int64>()
        for slug in list.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !slug.isEmpty {
            let id: Int64? = try pool.read { try $0.scalar("SELECT id FROM organization WHERE slug = ?", slug) }
            guard let id else { throw CLIError.failure("Ente sconosciuto: «\(slug)».") }
            ids.insert(id)
        }
        return ids
    }
}
