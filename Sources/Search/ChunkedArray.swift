import Catalog
/// An array stored as chunks of 512 elements, so a copy that changes one element copies one
/// chunk and the table of chunk references (count / 512 of them), not every element. The
/// search snapshot uses it to patch a card into a new version while searches keep reading
/// the previous one (value semantics: each chunk is copy-on-write).
struct ChunkedArray<Element: Sendable>: Sendable {
    static var chunkShift: Int { 9 }
    static var chunkSize: Int { 1 << chunkShift }

    private(set) var chunks: [[Element]] = []
    private(set) var count = 0

    init() {}

    init(repeating value: Element, count: Int) {
        for _ in 0..<count { append(value) }
    }

    @inline(__always)
    subscript(index: Int) -> Element {
        get { chunks[index >> Self.chunkShift][index & (Self.chunkSize - 1)] }
        set { chunks[index >> Self.chunkShift][index & (Self.chunkSize - 1)] = newValue }
    }

    mutating func append(_ element: Element) {
        if count & (Self.chunkSize - 1) == 0 {
            chunks.append([])
            chunks[chunks.count - 1].reserveCapacity(Self.chunkSize)
        }
        chunks[chunks.count - 1].append(element)
        count += 1
    }

    var last: Element? { count == 0 ? nil : self[count - 1] }
}
