/// Command-line options of the search benchmark.
struct BenchOptions {
    var db: String?
    var queries = 500
    var md: String?
    var json: String?

    init(_ arguments: [String]) {
        var i = 1
        while i < arguments.count {
            let value = i + 1 < arguments.count ? arguments[i + 1] : nil
            switch arguments[i] {
            case "--db": db = value
            case "--queries": queries = value.flatMap(Int.init).map { max(10, min($0, 100_000)) } ?? queries
            case "--md": md = value
            case "--json": json = value
            default: break
            }
            i += 2
        }
    }
}
