/// Command-line options of the search benchmark.
struct BenchOptions {
    var db: String?
    var queries = 500
    var md: String?
    var json: String?
    /// Card-save mode (`WriteBench`): saves measured, searches under write load (0: none),
    /// pause between two background saves in milliseconds.
    var writes = false
    var saves = 100
    var searches = 0
    var writerPauseMs = 10

    init(_ arguments: [String]) {
        var i = 1
        while i < arguments.count {
            let value = i + 1 < arguments.count ? arguments[i + 1] : nil
            switch arguments[i] {
            case "--db": db = value
            case "--queries": queries = value.flatMap(Int.init).map { max(10, min($0, 100_000)) } ?? queries
            case "--md": md = value
            case "--json": json = value
            case "--writes": writes = true; i -= 1
            case "--saves": saves = value.flatMap(Int.init).map { max(1, min($0, 100_000)) } ?? saves
            case "--searches": searches = value.flatMap(Int.init).map { max(0, min($0, 100_000)) } ?? searches
            case "--writer-pause-ms": writerPauseMs = value.flatMap(Int.init).map { max(0, min($0, 10_000)) } ?? writerPauseMs
            default: break
            }
            i += 2
        }
    }
}
