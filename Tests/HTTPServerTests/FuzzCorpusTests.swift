import Foundation
import Testing
@testable import HTTPServer

/// Replays every input in `Fuzz/corpus/` (seeds and past fuzzer findings): decoding must not
/// crash and must agree whole, byte by byte and split at every index, with the fuzzer's limits.
@Suite struct FuzzCorpusTests {
    static let corpus: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz/corpus")

    static var files: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []).sorted()
    }

    static let harness: DecoderHarness = {
        var limits = ParserLimits()
        limits.maxRequestLine = 64
        limits.maxHeaderBytes = 256
        limits.maxHeaderCount = 8
        limits.maxChunkSizeLine = 32
        return DecoderHarness(limits: limits, maxBodySize: 512)
    }()

    @Test func corpusIsPresent() {
        #expect(Self.files.count >= 10)
    }

    @Test(arguments: files)
    func corpusInputDecodesTheSameAtEverySplit(_ name: String) throws {
        let bytes = [UInt8](try Data(contentsOf: Self.corpus.appendingPathComponent(name)))
        let whole = Self.harness.whole(bytes)
        #expect(Self.harness.byteByByte(bytes) == whole)
        for cut in 0...bytes.count where Self.harness.split(bytes, at: cut) != whole {
            Issue.record("\(name): split at \(cut) differs from whole (\(whole))")
            return
        }
    }
}
