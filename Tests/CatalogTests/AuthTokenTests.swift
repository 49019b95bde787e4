import Testing
@testable import Catalog
@testable import Crypto
@testable import Accounts

@Suite struct AuthTokenTests {
    @Test func sessionTokenIs256BitsAndStoredOnlyHashed() throws {
        let token = try SessionToken.generate(using: SystemRandomSource())
        #expect(AuthEncoding.decodeBase64URL(token.value)?.count == 32)
        #expect(token.storageKey.count == 64)
        #expect(!token.storageKey.contains(token.value))
        #expect(SessionToken.storageKey(forPresented: token.value) == token.storageKey)
        #expect(AuthEncoding.hex(SHA256.hash(Array(token.value.utf8))) == token.storageKey)
    }

    @Test func freshTokensDiffer() throws {
        let a = try SessionToken.generate(using: SystemRandomSource())
        let b = try SessionToken.generate(using: SystemRandomSource())
        #expect(a.value != b.value)
        #expect(a.storageKey != b.storageKey)
    }

    @Test(arguments: ["", "abc", String(repeating: "A", count: 42), String(repeating: "A", count: 44),
                      String(repeating: "*", count: 43), "' OR 1=1 --" + String(repeating: "A", count: 32)])
    func garbageCookieHasNoStorageKey(_ presented: String) {
        #expect(SessionToken.storageKey(forPresented: presented) == nil)
    }

    @Test func base64URLRoundTripsEveryLength() {
        for n in 0...40 {
            let bytes = (0..<n).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 250) }
            let text = AuthEncoding.base64URL(bytes)
            #expect(!text.contains("=") && !text.contains("+") && !text.contains("/"))
            #expect(AuthEncoding.decodeBase64URL(text) == bytes)
        }
    }
}
