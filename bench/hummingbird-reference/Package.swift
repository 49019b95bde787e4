// swift-tools-version:6.0
// Benchmark-only reference server (scripts/bench-http.sh builds it in .build-hummingbird/).
// It is a separate package: Vetrina itself has no package dependencies and never links this.
import PackageDescription

let package = Package(
    name: "HBReference",
    platforms: [.macOS(.v14)],
    dependencies: [.package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.0.0")],
    targets: [
        .executableTarget(name: "HBReference", dependencies: [.product(name: "Hummingbird", package: "hummingbird")],
                          path: "Sources/HBReference"),
    ]
)
