import Catalog
import Testing
@testable import Portal
import Accounts
import Crypto
import TestSupport

/// The web layer's one signed-token mechanism: purpose, payload, binding and expiry are all under
/// the signature; every way of reusing a token elsewhere fails.
@Suite struct TokenSignerTests {
    let clock = ManualClock()
    var signer: TokenSigner { TokenSigner(key: Array("0123456789abcdef0123456789abcdef".utf8), clock: clock) }
    let form = TokenPurpose(name: "test-form", lifetimeSeconds: 600)

    @Test func aTokenCarriesItsPayloadAndVerifiesUntilItExpires() throws {
        let token = signer.issue(form, payload: "lista|1,2,3 ~ è", boundTo: "nonce")
        #expect(try signer.verify(token, form, boundTo: "nonce") == "lista|1,2,3 ~ è")
        clock.advance(by: 600)
        #expect(try signer.verify(token, form, boundTo: "nonce") == "lista|1,2,3 ~ è", "valid up to its expiry second")
        clock.advance(by: 1)
        #expect(throws: TokenRejection.expired) { try signer.verify(token, form, boundTo: "nonce") }
    }

    @Test func aTokenForAnotherPurposeIsRefused() {
        let token = signer.issue(form)
        #expect(throws: TokenRejection.invalid) { try signer.verify(token, TokenPurpose(name: "other-form", lifetimeSeconds: 600)) }
        #expect(throws: TokenRejection.invalid) { try signer.verify(signer.issue(.publicForm(.contactRequest)), .publicForm(.surveyAnswer)) }
        #expect(!signer.isValid(signer.issue(.shortlist), .adminCSRF), "two purposes without expiry stay apart")
    }

    @Test func replayingAToken_forAnotherBindingOrUnderAnotherKey_isRefused() {
        let token = signer.issue(form, boundTo: "browser-a")
        #expect(throws: TokenRejection.invalid) { try signer.verify(token, form, boundTo: "browser-b") }
        #expect(throws: TokenRejection.invalid) { try signer.verify(token, form) }
        let otherKey = TokenSigner(key: Array("another key, another deployment".utf8), clock: clock)
        #expect(throws: TokenRejection.invalid) { try otherKey.verify(token, form, boundTo: "browser-a") }
    }

    @Test(arguments: ["expiry", "payload", "mac", "truncated", "extra-part"])
    func aTamperedTokenIsRefused(_ part: String) throws {
        let token = signer.issue(form, payload: "1,2")
        let pieces = token.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        let tampered: String = switch part {
        case "expiry": [String(Int64(pieces[0])! + 3_600), pieces[1], pieces[2]].joined(separator: ".")
        case "payload": [pieces[0], AuthEncoding.base64URL(Array("1,2,3".utf8)), pieces[2]].joined(separator: ".")
        case "mac": [pieces[0], pieces[1], String(pieces[2].reversed())].joined(separator: ".")
        case "truncated": String(token.dropLast())
        default: token + ".x"
        }
        #expect(throws: TokenRejection.invalid) { try signer.verify(tampered, form) }
    }

    @Test(arguments: [nil, "", "garbage", "..", "-..", "1.2.3", "5000 × A"])
    func garbageIsInvalid(_ token: String?) {
        let token = token == "5000 × A" ? String(repeating: "A", count: 5_000) : token
        #expect(throws: TokenRejection.invalid) { try signer.verify(token, form) }
        #expect(throws: TokenRejection.invalid) { try signer.verify(token, .adminCSRF) }
    }

    @Test func aFormPostedTooSoonIsTooFast() throws {
        let hasty = TokenPurpose(name: "hasty", lifetimeSeconds: 600, minimumAgeSeconds: 3)
        let token = signer.issue(hasty)
        clock.advance(by: 2)
        #expect(throws: TokenRejection.tooFast) { try signer.verify(token, hasty) }
        clock.advance(by: 1)
        #expect(throws: Never.self) { try signer.verify(token, hasty) }
    }

    @Test func aTokenIssuedInTheFutureBeyondClockSkewIsRefused() {
        let ahead = TokenSigner(key: Array("0123456789abcdef0123456789abcdef".utf8), clock: ManualClock(now: clock.nowSeconds() + 120))
        #expect(throws: TokenRejection.invalid) { try signer.verify(ahead.issue(form), form) }
        let slightlyAhead = TokenSigner(key: Array("0123456789abcdef0123456789abcdef".utf8), clock: ManualClock(now: clock.nowSeconds() + 30))
        #expect(throws: Never.self) { try signer.verify(slightlyAhead.issue(form), form) }
    }

    @Test func aPurposeWithoutLifetimeNeverExpiresAndRefusesATimedToken() throws {
        let token = signer.issue(.shortlist, payload: "7,8")
        clock.advance(by: 10 * 365 * 86_400)
        #expect(try signer.verify(token, .shortlist) == "7,8")
        let timed = TokenPurpose(name: "shortlist", lifetimeSeconds: 600)
        #expect(throws: TokenRejection.invalid) { try signer.verify(signer.issue(timed, payload: "7,8"), .shortlist) }
    }

    @Test func adminCSRFTokenIsStablePerSecretAndBoundToIt() throws {
        let secret = try SessionToken.generate(using: SystemRandomSource()).value
        let other = try SessionToken.generate(using: SystemRandomSource()).value
        let token = CSRFToken.derive(fromSecret: secret)
        #expect(token == CSRFToken.derive(fromSecret: secret), "every form of one session carries the same token")
        #expect(CSRFToken.isValid(token, forSecret: secret))
        #expect(!CSRFToken.isValid(token, forSecret: other), "another session's token")
        #expect(!CSRFToken.isValid(nil, forSecret: secret))
        #expect(!CSRFToken.isValid("", forSecret: secret))
        #expect(!CSRFToken.isValid(token, forSecret: nil))
        #expect(!CSRFToken.isValid(CSRFToken.derive(fromSecret: ""), forSecret: ""))
        #expect(!token.contains(secret))
        #expect(!CSRFToken.isValid(TokenSigner(key: Array(secret.utf8)).issue(.shortlist), forSecret: secret),
                "a value signed with the same secret for another purpose")
    }
}

/// The one rate limiter of public forms: a named limit per form, counted per client host.
@Suite struct PublicFormLimiterTests {
    let clock = ManualClock()

    func limiter(_ limits: PublicFormLimits = PublicFormLimits()) -> PublicFormLimiter {
        PublicFormLimiter(store: InMemoryThrottleStore(), clock: clock, limits: limits)
    }

    @Test func theSubmissionReachingTheLimitBlocksUntilTheWindowEnds() throws {
        let limiter = limiter(PublicFormLimits(contactRequest: SubmissionLimit(maxSubmissions: 2, windowSeconds: 100)))
        #expect(try limiter.retryAfter(.contactRequest, client: "10.0.0.1:5000") == nil)
        try limiter.record(.contactRequest, client: "10.0.0.1:5000")
        clock.advance(by: 10)
        #expect(try limiter.retryAfter(.contactRequest, client: "10.0.0.1:5001") == nil)
        try limiter.record(.contactRequest, client: "10.0.0.1:5001")
        #expect(try limiter.retryAfter(.contactRequest, client: "10.0.0.1:6000") == 90, "another port of the same host")
        #expect(throws: PortalError.self) { try limiter.requireAllowed(.contactRequest, client: "10.0.0.1:1") }
        #expect(try limiter.retryAfter(.contactRequest, client: "10.0.0.2:5000") == nil, "another host")
        #expect(try limiter.retryAfter(.surveyCreation, client: "10.0.0.1:5000") == nil, "another form")
        clock.advance(by: 90)
        #expect(try limiter.retryAfter(.contactRequest, client: "10.0.0.1:5000") == nil)
    }

    @Test func eachFormHasItsNamedDefaultLimit() throws {
        let limits = PublicFormLimits()
        #expect(limits.limit(for: .contactRequest) == SubmissionLimit(maxSubmissions: 5, windowSeconds: 3_600))
        #expect(limits.limit(for: .surveyCreation) == SubmissionLimit(maxSubmissions: 5, windowSeconds: 3_600))
        #expect(limits.limit(for: .surveyAnswer) == SubmissionLimit(maxSubmissions: 60, windowSeconds: 3_600))
        #expect(limits.limit(for: .feedback) == SubmissionLimit(maxSubmissions: 5, windowSeconds: 600))
        #expect(limits.limit(for: .surveyClosing) == nil)
        let limiter = limiter()
        for _ in 0..<10 { try limiter.record(.surveyClosing, client: "10.0.0.1:1") }
        #expect(try limiter.retryAfter(.surveyClosing, client: "10.0.0.1:1") == nil, "closing a questionnaire is not limited")
        for _ in 0..<4 { try limiter.record(.feedback, client: "[::1]:1") }
        #expect(try limiter.retryAfter(.feedback, client: "[::1]:2") == nil)
        try limiter.record(.feedback, client: "[::1]:3")
        #expect(try limiter.retryAfter(.feedback, client: "[::1]:4") == 600)
    }

    @Test(arguments: [("10.1.2.3:80", "10.1.2.3"), ("[2001:db8::1]:443", "2001:db8::1"), ("2001:db8::1", "2001:db8::1"), ("host", "host")])
    func aClientIsItsHost(_ address: String, _ host: String) {
        #expect(ClientHost.host(of: address) == host)
        #expect(limiter().key(.contactRequest, address) == "contatto:client:" + host, "same keys as before the merge of limiters")
    }
}
