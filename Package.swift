// swift-tools-version:6.0
// Vetrina Welfare. No package dependencies: Foundation, Dispatch, Glibc and the system libsqlite3 only.
import PackageDescription

let package = Package(
    name: "vetrina",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "vetrina", targets: ["vetrina"]),
        .executable(name: "vetrina-bench-server", targets: ["vetrina-bench-server"]),
    ],
    targets: [
        // C glue.
        .systemLibrary(
            name: "CSQLite",
            path: "Sources/CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .target(name: "CEpoll", path: "Sources/CEpoll"),

        // The HTTP/1.1 engine: knows nothing about welfare.
        .target(name: "HTTPServer", dependencies: ["CEpoll"]),

        // Hashes, MACs, key derivation, constant-time comparison: pure Swift, no dependencies.
        .target(name: "Crypto"),

        // The SQLite wrapper: connections, statements, the pool, migrations.
        .target(name: "Storage", dependencies: ["CSQLite", "Crypto"]),

        // Operator accounts, sessions, sign-in throttling, permissions and the audit log.
        .target(name: "Accounts", dependencies: ["Storage", "Crypto"]),

        // Domain model, validation, editors, text folding: knows nothing about HTTP or search.
        .target(
            name: "Catalog",
            dependencies: ["Storage", "Crypto", "Accounts"],
            resources: [.copy("Resources")]
        ),

        // Search: index, snapshot, query, facets, suggestions, open-data reads, Italian stems and
        // stop words, the observatory's search recorder. Portal -> Search -> Catalog.
        .target(name: "Search", dependencies: ["Catalog", "Accounts", "Storage"], resources: [.copy("Resources")]),

        // Handlers, views, forms, sessions: wires HTTPServer to Catalog and Search.
        .target(name: "Portal", dependencies: ["HTTPServer", "Search", "Catalog", "Accounts", "Storage", "Crypto"], resources: [.copy("Resources")]),

        // Thin executable: flags and environment -> configuration -> run.
        .executableTarget(name: "vetrina", dependencies: ["Portal", "Search", "Catalog", "Accounts", "Storage", "Crypto", "HTTPServer"]),

        // A database-free server for `make bench` (scripts/bench-http.sh): engine + router only.
        .executableTarget(name: "vetrina-bench-server", dependencies: ["HTTPServer"]),

        // Search latency benchmark for `make bench` (scripts/bench-search.sh).
        .executableTarget(name: "vetrina-bench-search", dependencies: ["Search", "Catalog", "Accounts", "Storage"]),

        // CSV import benchmark for `make bench` (scripts/bench-import.sh).
        .executableTarget(name: "vetrina-bench-import", dependencies: ["Catalog", "Accounts", "Storage"]),

        // Helpers only tests use: live servers on port 0, raw socket clients, temporary databases.
        .target(name: "TestSupport", dependencies: ["HTTPServer", "Storage", "Accounts", "Crypto", "Catalog", "Search", "Portal"]),

        .testTarget(name: "HTTPServerTests", dependencies: ["HTTPServer", "TestSupport"]),
        .testTarget(name: "CatalogTests", dependencies: ["Catalog", "Search", "Accounts", "Storage", "Crypto", "TestSupport"]),
        .testTarget(name: "PortalTests", dependencies: ["Portal", "Search", "Catalog", "Accounts", "Storage", "Crypto", "HTTPServer", "TestSupport"]),
        .testTarget(name: "VetrinaTests", dependencies: ["Storage", "Crypto", "Accounts", "TestSupport"]),
    ]
)
