import Testing
@testable import Catalog
@testable import Crypto
@testable import Accounts
import TestSupport

@Suite struct AuthPasswordTests {
    let hasher = PasswordHasher(iterations: 1_000)

    @Test func hashHasDocumentedFormatAndVerifies() throws {
        let stored = try hasher.hash("una frase lunga e segreta")
        let parts = stored.split(separator: "$")
        #expect(parts.count == 4)
        #expect(parts[0] == "pbkdf2-sha256")
        #expect(parts[1] == "1000")
        #expect(AuthEncoding.decodeBase64URL(String(parts[2]))?.count == 16)
        #expect(AuthEncoding.decodeBase64URL(String(parts[3]))?.count == 32)
        #expect(hasher.verify("una frase lunga e segreta", against: stored))
        #expect(!hasher.verify("una frase lunga e segreta!", against: stored))
        #expect(!hasher.verify("", against: stored))
    }

    @Test func sameHashIsDeterministicForFixedSaltAndMatchesPBKDF2() throws {
        let fixed = PasswordHasher(iterations: 3, random: RepeatingByteRandom(byte: 1))
        let stored = try fixed.hash("password")
        let expected = PBKDF2.sha256(password: Array("password".utf8), salt: [UInt8](repeating: 1, count: 16),
                                     iterations: 3, keyLength: 32)
        #expect(stored.hasSuffix("$" + AuthEncoding.base64URL(expected)))
    }

    @Test func twoHashesOfOnePasswordDifferBySalt() throws {
        #expect(try hasher.hash("stessa password lunga") != (try hasher.hash("stessa password lunga")))
    }

    @Test(arguments: ["", "bcrypt$1$2$3", "pbkdf2-sha256$0$AAAA$AAAA", "pbkdf2-sha256$x$AAAA$AAAA",
                      "pbkdf2-sha256$99999999$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
                      "pbkdf2-sha256$1000$!!$AAAA", "pbkdf2-sha256$1000$AAAA"])
    func malformedStoredHashNeverVerifies(_ stored: String) {
        #expect(!hasher.verify("", against: stored))
        #expect(!hasher.verify("anything at all", against: stored))
        #expect(hasher.needsRehash(stored))
    }

    @Test func olderWorkFactorNeedsRehash() throws {
        let old = try PasswordHasher(iterations: 10).hash("una frase lunga e segreta")
        #expect(hasher.needsRehash(old))
        #expect(!hasher.needsRehash(try hasher.hash("una frase lunga e segreta")))
        #expect(hasher.verify("una frase lunga e segreta", against: old))
    }

    @Test func randomFailureIsReportedNotCrashed() {
        #expect(throws: AuthError.randomUnavailable) { try PasswordHasher(iterations: 1, random: FailingRandom()).hash("x") }
    }

    @Test func policyRequiresTwelveCharactersAtLeast() {
        let policy = PasswordPolicy()
        #expect(!policy.problems(with: "Ab3$efgh-jk").isEmpty)   // 11
        #expect(policy.problems(with: "Ab3$efgh-jkl").isEmpty)   // 12
        #expect(policy.problems(with: String(repeating: "ab1-", count: 32)).isEmpty)          // 128
        #expect(!policy.problems(with: String(repeating: "ab1-", count: 32) + "x").isEmpty)   // 129
    }

    @Test func policyRejectsCommonRepetitiveAndEmailPasswords() {
        let policy = PasswordPolicy()
        #expect(!policy.problems(with: "password12345678").isEmpty)
        #expect(!policy.problems(with: "aaaaaaaaaaaaaaaa").isEmpty)
        #expect(!policy.problems(with: "mario.rossi-2024!", email: "mario.rossi@comune.it").isEmpty)
        #expect(policy.problems(with: "cavallo batteria graffetta", email: "mario.rossi@comune.it").isEmpty)
    }

    @Test func systemRandomGivesDistinctBytes() throws {
        let random = SystemRandomSource()
        let a = try random.bytes(count: 32), b = try random.bytes(count: 32)
        #expect(a.count == 32 && b.count == 32)
        #expect(a != b)
    }
}

@Suite struct AuthGeneratedPasswordTests {
    @Test func generatedPasswordsAreGroupedUnambiguousAndDistinct() throws {
        let a = try GeneratedPassword.make(using: SystemRandomSource())
        let b = try GeneratedPassword.make(using: SystemRandomSource())
        #expect(a != b)
        #expect(a.count == 23 && a.split(separator: "-").map(\.count) == [5, 5, 5, 5])
        #expect(a.allSatisfy { $0 == "-" || GeneratedPassword.alphabet.contains($0) })
        #expect(!a.contains("0") && !a.contains("O") && !a.contains("l") && !a.contains("1"))
        #expect(PasswordPolicy().problems(with: a).isEmpty)
    }

    @Test func biasedBytesAreRejectedNotFolded() throws {
        // 255 is above the largest multiple of the alphabet size: it must never be used.
        struct Mostly255: RandomSource {
            func bytes(count: Int) throws(RandomSourceError) -> [UInt8] { [255, 255, 255, 0] + [UInt8](repeating: 255, count: max(0, count - 4)) }
        }
        let password = try GeneratedPassword.make(using: Mostly255())
        #expect(password == "aaaaa-aaaaa-aaaaa-aaaaa")
    }
}
