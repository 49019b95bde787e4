import Catalog
import Foundation
import HTTPServer
import Portal
import Search
import Storage
import Crypto
import Accounts

/// `vetrina serve`: runs the public portal. Flags win over environment variables
/// (`VETRINA_HOST`, `VETRINA_PORT`, `VETRINA_DB`, `VETRINA_PUBLIC`, `VETRINA_THREADS`,
/// `VETRINA_BASE_URL`); this is the only place the environment is read (STYLE 6).
struct ServeCommand {
    static let name = "serve"
    static let help = """
        Uso: vetrina serve --db FILE [--host HOST] [--port PORT] [--public DIR] [--threads N] [--base-url URL]
                           [--password-iterations N] [--trusted-proxy ADDR[,ADDR…]] [--metrics-token TOKEN]
                           [--record-searches on|off] [--reverify-months N] [--plan-days N]
                           [--accessibility-email ADDR] [--replica [--writer-url URL]]

        Avvia il portale web e scrive su stdout l'indirizzo su cui ascolta (http://HOST:PORT).
        Con --port 0 il sistema sceglie una porta libera. Il registro degli accessi va su stderr.
        SIGTERM o SIGINT fermano il server dopo aver finito le richieste in corso.

        Opzioni (tra parentesi la variabile d'ambiente equivalente):
          --db FILE        database SQLite già migrato (VETRINA_DB, obbligatorio)
          --host HOST      indirizzo di ascolto, predefinito 127.0.0.1 (VETRINA_HOST)
          --port PORT      porta, predefinita 8080; 0 = una porta libera (VETRINA_PORT)
          --public DIR     cartella dei file statici, predefinita ./Public o quella del
                           repository accanto all'eseguibile (VETRINA_PUBLIC)
          --threads N      thread per le richieste, predefinito 4 per core (VETRINA_THREADS)
          --base-url URL   indirizzo pubblico per i link canonici e la sitemap,
                           predefinito http://HOST:PORT (VETRINA_BASE_URL)
          --password-iterations N  iterazioni PBKDF2 per le nuove password dell'area operatori,
                           predefinite \(PasswordHasher.recommendedIterations) (VETRINA_PASSWORD_ITERATIONS)
          --trusted-proxy ADDR[,ADDR…]  indirizzi IP dei proxy inversi fidati: solo da loro si
                           accettano X-Forwarded-For (indirizzo del visitatore per i limiti di
                           accesso) e X-Forwarded-Proto=https (attiva HSTS) (VETRINA_TRUSTED_PROXY)
          --metrics-token TOKEN  apre /metrics a chi manda «Authorization: Bearer TOKEN»;
                           senza, /metrics risponde solo da loopback (VETRINA_METRICS_TOKEN)
          --reverify-months N  mesi entro cui riverificare una scheda, predefinito 6; oltre
                           è segnalata «da verificare», oltre il doppio retrocessa (VETRINA_REVERIFY_MONTHS)
          --record-searches on|off  conta le ricerche in forma anonima per l'osservatorio,
                           predefinito on (VETRINA_RECORD_SEARCHES)
          --plan-days N    giorni di vita dei piani salvati dagli sportelli welfare,
                           predefiniti 30; alla scadenza sono cancellati (VETRINA_PLAN_DAYS)
          --accessibility-email ADDR  indirizzo per le segnalazioni sull'accessibilità, mostrato
                           in /accessibilita (VETRINA_ACCESSIBILITY_EMAIL)
          --replica        nodo di sola lettura (replica LiteFS del file del nodo che scrive):
                           apre il database in sola lettura, la ricerca non aggiorna l'indice
                           (lo fa il nodo che scrive) e le ricerche non sono contate;
                           l'area operatori e i moduli rispondono 503 «Questo nodo è in sola
                           lettura». Avviare prima, almeno una volta, il nodo che scrive
          --writer-url URL  con --replica: indirizzo pubblico del nodo che scrive, indicato
                           nella pagina «sola lettura» (VETRINA_WRITER_URL, ignorata
                           senza --replica)
          --help           mostra questo aiuto
        """

    static func run(_ arguments: [String]) throws {
        let options = ["db", "host", "port", "public", "threads", "base-url", "password-iterations", "trusted-proxy",
                       "metrics-token", "record-searches", "reverify-months", "plan-days", "accessibility-email", "writer-url"]
        let args = try ArgumentParser(valueOptions: Set(options), flags: ["help", "replica"], command: name).parse(arguments)
        if args.has("help") { return print(help) }
        let settings = try ServeSettings(args, environment: ProcessInfo.processInfo.environment)
        let pool = try openDatabase(settings.databasePath, readers: settings.readerCount, readOnly: settings.isReplica)
        defer { pool.close() }
        // The writer keeps the search index: cards a crash left dirty between a commit and its
        // after-commit hook (or another process wrote) are indexed now. A replica only reads.
        if !settings.isReplica {
            do { try SearchIndexer().catchUp(pool) } catch {
                throw CLIError.failure("Impossibile aggiornare l'indice di ricerca: \(error)")
            }
        }
        let accessLog = AccessLogWriter(output: AccessLogWriter.fileDescriptor(STDERR_FILENO))
        defer { accessLog.close() }  // last: Server.shutdown has flushed it, the recorder has stopped
        // Diagnostics share the access log's writer: an event loop logging `accept failed` during an
        // EMFILE storm only queues the line (and the loop throttles it), never waits on stderr.
        let log: @Sendable (String) -> Void = { line in accessLog.append(line) }
        let recorder = settings.recordsSearches && !settings.isReplica ? SearchStatRecorder(pool: pool, log: log) : nil
        recorder?.start()
        defer { recorder?.stop() }  // after the server stopped (in-flight searches done), before the pool closes
        let metrics = ServerMetrics()
        let server = Server(configuration: settings.serverConfiguration,
                            observer: ObserverGroup([metrics, AccessLog(secrets: AccessLogSecrets.portal(), writer: accessLog)]), log: log)
        do { try server.listen() } catch {
            throw CLIError.failure("Impossibile ascoltare su \(settings.host):\(settings.port): \(error)")
        }
        defer { server.shutdown() }  // only does something when the router could not be built
        let origin = "http://\(settings.displayHost):\(server.port)"
        let application = try makeApplication(pool: pool, settings: settings, origin: origin, metrics: metrics, recorder: recorder, log: log)
        defer { application.removeTemporaryFiles() }  // after the server stopped: no response still reads them
        do { try server.start(serving: try application.makeRouter()) } catch {
            throw CLIError.failure("Impossibile avviare il server: \(error)")
        }
        server.installSignalHandlers()
        if settings.accessibilityEmail == nil {
            log("Attenzione: manca --accessibility-email, /accessibilita non indica un indirizzo per le segnalazioni.")
        }
        FileHandle.standardOutput.write(Data("Vetrina Welfare in ascolto su \(origin)\n".utf8))
        server.waitUntilStopped()
    }

    static func makeApplication(pool: DatabasePool, settings: ServeSettings, origin: String, metrics: ServerMetrics,
                                recorder: SearchStatRecorder?, log: @escaping @Sendable (String) -> Void) throws -> PortalApplication {
        let catalog: SQLitePortalCatalog
        let freshness = FreshnessPolicy(months: settings.reverifyMonths ?? FreshnessPolicy().months)
        do { catalog = try SQLitePortalCatalog(pool: pool, freshness: freshness) } catch {
            throw CLIError.failure("Impossibile leggere il catalogo: \(error)")
        }
        let health = HealthCheck(checks: [HealthCheck.Check("database") {
            ((try? pool.read { db -> Int? in try db.scalar("SELECT 1") }) ?? nil) == 1
        }], role: settings.isReplica ? "replica" : "writer")
        let baseURL = settings.baseURL ?? origin
        let site = SiteContext(baseURL: baseURL)
        var portal = PortalConfiguration(site: site, publicDirectory: settings.publicDirectory)
        portal.proxyTrust = settings.proxyTrust
        portal.metricsAccess = MetricsAccess(token: settings.metricsToken)
        portal.accessibilityEmail = settings.accessibilityEmail
        portal.readOnlyNode = settings.isReplica ? ReadOnlyNode(writerURL: settings.writerURL) : nil
        var application = PortalApplication(catalog: catalog, configuration: portal, metrics: metrics, health: health, log: log)
        var admin = AdminConfiguration(secureCookies: baseURL.hasPrefix("https://"),
                                       passwordIterations: settings.passwordIterations ?? PasswordHasher.recommendedIterations)
        admin.proxyTrust = settings.proxyTrust
        application.openData = catalog.openData
        application.observatory = ObservatoryEnvironment(reports: ObservatoryRepository(pool: pool), recorder: recorder,
                                                           freshness: freshness)
        let secrets = SiteSecrets(database: pool, random: SystemRandomSource(), clock: SystemAuthClock())
        try prepareSiteKeys(secrets, pool: pool)
        application.observatory?.feedback = FeedbackEnvironment(
            repository: FeedbackRepository(pool: pool), signer: TokenSigner(key: try secrets.key(named: SiteKeyNames.feedbackForms)),
            limiter: PublicFormLimiter(store: SQLiteThrottleStore(database: pool), clock: SystemAuthClock()))
        application.admin = AdminEnvironment(database: pool, configuration: admin, layout: LayoutView(site: site), log: log,
                                             afterCatalogCommit: SearchIndexer.afterCommitHook(pool: pool, log: log))
        application.enterprise = EnterpriseConfiguration(deskPlanLifetimeDays: settings.planDays ?? 30)
        if settings.isReplica {
            if let admin = application.admin, try admin.users.count() == 0 {
                FileHandle.standardOutput.write(Data("Nessun utente: crea il primo amministratore sul nodo che scrive (questo è in sola lettura).\n".utf8))
            }
        } else if let admin = application.admin, let path = try admin.setupLink.prepare(userCount: try admin.users.count()) {
            FileHandle.standardOutput.write(Data(
                "Nessun utente: crea il primo amministratore (collegamento valido una sola volta) su \(origin)\(path)\n".utf8))
        }
        return application
    }

    static func openDatabase(_ path: String, readers: Int, readOnly: Bool = false) throws -> DatabasePool {
        guard FileManager.default.fileExists(atPath: path) else {
            throw CLIError.failure("Database non trovato: \(path). Crearlo con «vetrina migrate --db \(path)» e «vetrina seed --db \(path) --demo».")
        }
        let pool: DatabasePool
        do { pool = try DatabasePool(path: path, configuration: DatabaseConfiguration(readerCount: readers, readOnly: readOnly)) } catch {
            throw CLIError.failure("Impossibile aprire il database \(path): \(error)")
        }
        try DatabaseOpener.requireMigrated(pool)
        return pool
    }
}

/// The serve options after flags and environment are merged and checked.
struct ServeSettings {
    var databasePath: String
    var host: String
    var port: Int
    var publicDirectory: String?
    var threads: Int?
    var baseURL: String?
    var passwordIterations: Int?
    var proxyTrust = ProxyTrust()
    var metricsToken: String?
    var recordsSearches = true
    var reverifyMonths: Int?
    var planDays: Int?
    var accessibilityEmail: String?
    /// `--replica`: a read-only node (docs/SCALING.md); the writer indexes, nothing is recorded.
    var isReplica = false
    /// `--writer-url` (only with `--replica`): the writer's public origin, linked from the read-only page.
    var writerURL: String?

    init(_ args: ParsedArguments, environment env: [String: String]) throws {
        let command = ServeCommand.name
        func value(_ flag: String, _ variable: String) -> String? {
            args.value(flag) ?? env[variable].flatMap { $0.isEmpty ? nil : $0 }
        }
        func number(_ flag: String, _ variable: String, _ range: ClosedRange<Int>) throws -> Int? {
            guard let text = value(flag, variable) else { return nil }
            guard let n = Int(text), range.contains(n) else {
                throw CLIError.usage("--\(flag) (o \(variable)) vuole un numero tra \(range.lowerBound) e \(range.upperBound), non «\(text)».",
                                     command: command)
            }
            return n
        }
        guard let db = value("db", "VETRINA_DB") else {
            throw CLIError.usage("Manca l'opzione obbligatoria --db (o la variabile VETRINA_DB).", command: command)
        }
        databasePath = db
        isReplica = args.has("replica")
        host = value("host", "VETRINA_HOST") ?? "127.0.0.1"
        port = try number("port", "VETRINA_PORT", 0...65_535) ?? 8080
        threads = try number("threads", "VETRINA_THREADS", 1...256)
        passwordIterations = try number("password-iterations", "VETRINA_PASSWORD_ITERATIONS", 1_000...PasswordHasher.maximumIterations)
        planDays = try number("plan-days", "VETRINA_PLAN_DAYS", 1...3_650)
        baseURL = value("base-url", "VETRINA_BASE_URL")
        if let url = baseURL, !(url.hasPrefix("http://") || url.hasPrefix("https://")) {
            throw CLIError.usage("--base-url deve iniziare con http:// o https://, non «\(url)».", command: command)
        }
        reverifyMonths = try number("reverify-months", "VETRINA_REVERIFY_MONTHS", 1...60)
        switch value("record-searches", "VETRINA_RECORD_SEARCHES") {
        case nil, "on": recordsSearches = true
        case "off": recordsSearches = false
        case let other?:
            throw CLIError.usage("--record-searches vuole «on» oppure «off», non «\(other)».", command: command)
        }
        publicDirectory = try Self.locatePublic(value("public", "VETRINA_PUBLIC"))
        if let list = value("trusted-proxy", "VETRINA_TRUSTED_PROXY") {
            let addresses = list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            guard !addresses.isEmpty, addresses.allSatisfy({ ProxyTrust.isAddress($0) }) else {
                throw CLIError.usage("--trusted-proxy vuole indirizzi IP separati da virgole (es. 127.0.0.1,10.0.0.2), non «\(list)».",
                                     command: command)
            }
            proxyTrust = ProxyTrust(proxies: Set(addresses))
        }
        metricsToken = value("metrics-token", "VETRINA_METRICS_TOKEN")
        // The flag without --replica is a mistake; the variable may come from an environment file
        // every node shares, so the writer ignores it.
        writerURL = try Self.writerURL(isReplica ? value("writer-url", "VETRINA_WRITER_URL") : args.value("writer-url"),
                                       isReplica: isReplica)
        accessibilityEmail = value("accessibility-email", "VETRINA_ACCESSIBILITY_EMAIL")
        if let email = accessibilityEmail, SafeURL.email(email) == nil || email.count > 254 {
            throw CLIError.usage("--accessibility-email vuole un indirizzo di posta come accessibilita@comune.it, non «\(email)».",
                                 command: command)
        }
        if let token = metricsToken, token.count < 16 {
            throw CLIError.usage("--metrics-token deve avere almeno 16 caratteri.", command: command)
        }
    }

    /// How the listening address is written in URLs (`0.0.0.0` listens everywhere; link to loopback).
    var displayHost: String { host == "0.0.0.0" ? "127.0.0.1" : (host.contains(":") ? "[\(host)]" : host) }

    var readerCount: Int { min(16, max(2, threads ?? 8)) }

    var serverConfiguration: ServerConfiguration {
        var configuration = ServerConfiguration(host: host, port: port)
        if let threads { configuration.workerThreads = threads }
        return configuration
    }

    /// `explicit` if given (it must exist), else `./Public`, else `Public/` next to the executable
    /// or one of its parents (`.build/release/vetrina` → the repository), like the migrations.
    static func locatePublic(_ explicit: String?) throws -> String? {
        let files = FileManager.default
        func isDirectory(_ path: String) -> Bool {
            var flag: ObjCBool = false
            return files.fileExists(atPath: path, isDirectory: &flag) && flag.boolValue
        }
        if let explicit {
            guard isDirectory(explicit) else { throw CLIError.failure("La cartella dei file statici \(explicit) non esiste.") }
            return explicit
        }
        if isDirectory("Public") { return "Public" }
        let exe = (try? files.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments.first ?? ""
        var directory = URL(fileURLWithPath: exe).deletingLastPathComponent()
        for _ in 0..<6 {
            let candidate = directory.appendingPathComponent("Public").path
            if isDirectory(candidate) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return nil
    }
}
