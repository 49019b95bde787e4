import Testing
@testable import Catalog
@testable import Crypto

/// HMAC-SHA256 against RFC 4231 §4 (test cases 1–7) and PBKDF2-HMAC-SHA256 against RFC 7914 §11
/// and the widely published RFC 6070-style SHA-256 vectors.
@Suite struct AuthHMACTests {
    struct Vector: Sendable, CustomStringConvertible {
        let name: String, key: [UInt8], data: [UInt8], mac: String
        var description: String { name }
    }

    static let rfc4231: [Vector] = [
        Vector(name: "TC1", key: .init(repeating: 0x0b, count: 20), data: Array("Hi There".utf8),
               mac: "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"),
        Vector(name: "TC2", key: Array("Jefe".utf8), data: Array("what do ya want for nothing?".utf8),
               mac: "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"),
        Vector(name: "TC3", key: .init(repeating: 0xaa, count: 20), data: .init(repeating: 0xdd, count: 50),
               mac: "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe"),
        Vector(name: "TC4", key: Array(1...25), data: .init(repeating: 0xcd, count: 50),
               mac: "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b"),
        Vector(name: "TC6", key: .init(repeating: 0xaa, count: 131),
               data: Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8),
               mac: "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"),
        Vector(name: "TC7", key: .init(repeating: 0xaa, count: 131),
               data: Array(("This is a test using a larger than block-size key and a larger than block-size data. "
                   + "The key needs to be hashed before being used by the HMAC algorithm.").utf8),
               mac: "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2"),
    ]

    @Test(arguments: rfc4231)
    func matchesRFC4231(_ v: Vector) {
        #expect(AuthEncoding.hex(HMACSHA256.authenticate(v.data, key: v.key)) == v.mac)
    }

    @Test func truncatedCase5MatchesFirst128Bits() {
        let mac = HMACSHA256.authenticate(Array("Test With Truncation".utf8), key: .init(repeating: 0x0c, count: 20))
        #expect(AuthEncoding.hex(Array(mac.prefix(16))) == "a3b6167473100ee06e0c796c2955552b")
    }

    @Test func reusedKeyGivesSameMacAsOneShot() {
        let hmac = HMACSHA256(key: Array("Jefe".utf8))
        let a = hmac.authenticate(Array("one".utf8))
        _ = hmac.authenticate(Array("two".utf8))
        #expect(hmac.authenticate(Array("one".utf8)) == a)
        #expect(a == HMACSHA256.authenticate(Array("one".utf8), key: Array("Jefe".utf8)))
    }

    struct KDFVector: Sendable, CustomStringConvertible {
        let password: String, salt: String, iterations: Int, length: Int, key: String
        var description: String { "\(password)/\(iterations)" }
    }

    static let pbkdf2: [KDFVector] = [
        // RFC 7914 §11, first PBKDF2-HMAC-SHA256 vector.
        KDFVector(password: "passwd", salt: "salt", iterations: 1, length: 64,
                  key: "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
                     + "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783"),
        KDFVector(password: "password", salt: "salt", iterations: 1, length: 32,
                  key: "120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b"),
        KDFVector(password: "password", salt: "salt", iterations: 2, length: 32,
                  key: "ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43"),
        KDFVector(password: "password", salt: "salt", iterations: 4096, length: 32,
                  key: "c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a"),
        KDFVector(password: "passwordPASSWORDpassword", salt: "saltSALTsaltSALTsaltSALTsaltSALTsalt",
                  iterations: 4096, length: 40,
                  key: "348c89dbcbd32b2f32d814b8116e84cf2b17347ebc1800181c4e2a1fb8dd53e1c635518c7dac47e9"),
        KDFVector(password: "pass\0word", salt: "sa\0lt", iterations: 4096, length: 16,
                  key: "89b69d0516f829893c696226650a8687"),
    ]

    @Test(arguments: pbkdf2)
    func pbkdf2MatchesPublishedVectors(_ v: KDFVector) {
        let key = PBKDF2.sha256(password: Array(v.password.utf8), salt: Array(v.salt.utf8),
                                iterations: v.iterations, keyLength: v.length)
        #expect(AuthEncoding.hex(key) == v.key)
    }

    @Test func constantTimeCompareDistinguishesEveryPosition() {
        let base = [UInt8](repeating: 7, count: 32)
        #expect(ConstantTime.equals(base, base))
        for i in 0..<base.count {
            var other = base
            other[i] ^= 1
            #expect(!ConstantTime.equals(base, other))
        }
        #expect(!ConstantTime.equals(base, Array(base.prefix(31))))
    }
}
