import Foundation
import Testing
@testable import Catalog
@testable import Accounts

/// Issue 14 item 5: checking a password costs the current work factor whatever the stored hash
/// says, so timing does not tell old accounts from unknown e-mails; any other parameters are
/// rehashed at the next successful sign-in.
@Suite struct PasswordTimingTests {
    let hasher = PasswordHasher(iterations: 1_000)

    @Test func aWeakerStoredHashIsToppedUpToTheCurrentWorkFactor() throws {
        let old = try PasswordHasher(iterations: 100).hash("una frase lunga e segreta")
        #expect(hasher.paddingIterations(for: old) == 900)
        #expect(hasher.paddingIterations(for: try hasher.hash("una frase lunga e segreta")) == 0)
        #expect(hasher.paddingIterations(for: try PasswordHasher(iterations: 1_001).hash("x")) == 0)   // stronger by one
        #expect(hasher.verify("una frase lunga e segreta", against: old))   // padding never changes the answer
        #expect(!hasher.verify("un'altra frase", against: old))
    }

    @Test func anyOtherWorkFactorNeedsRehashNotOnlyALowerOne() throws {
        #expect(hasher.needsRehash(try PasswordHasher(iterations: 1_001).hash("x")))
        #expect(hasher.needsRehash(try PasswordHasher(iterations: 999).hash("x")))
        #expect(!hasher.needsRehash(try hasher.hash("x")))
    }

    /// Tests pass a small `iterations:` (or `AdminConfiguration(passwordIterations:)`) to stay fast;
    /// a hasher nobody configures is the production one. A full derivation at 600,000 rounds costs
    /// about 8 s of CPU in a debug build, so the production count is checked through the work a
    /// check would add (`paddingIterations`), which is computed without deriving.
    @Test func anUnconfiguredHasherUsesTheProductionWorkFactor() throws {
        #expect(PasswordHasher.recommendedIterations == 600_000)
        let production = PasswordHasher()
        #expect(production.iterations == PasswordHasher.recommendedIterations)
        let cheap = try PasswordHasher(iterations: 10).hash("x")
        #expect(production.paddingIterations(for: cheap) == 599_990)
        #expect(production.needsRehash(cheap))
    }

    @Test func signInRewritesAStrongerOrWeakerHashWithTheCurrentParameters() throws {
        for stored in [5, 200] {
            let f = try AdminSignInTests.Fixture(iterations: 20)
            defer { f.db.close() }
            try f.db.pool.write { db in
                try db.run("UPDATE app_user SET password_hash = ?", try PasswordHasher(iterations: stored).hash("cavallo batteria graffetta"))
            }
            _ = try f.service.signIn(email: "red@ente.it", password: "cavallo batteria graffetta", clientAddress: "1.1.1.1:1")
            #expect(try f.service.users.find(id: f.userID)?.passwordHash.hasPrefix("pbkdf2-sha256$20$") == true)
        }
    }
}
