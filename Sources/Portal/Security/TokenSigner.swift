import Accounts
import Crypto

/// What a signed token is for. The purpose's name is part of the signature, so a token signed
/// for one purpose (a feedback form, a contact request, a shortlist) is never accepted as another.
struct TokenPurpose: Sendable, Equatable {
    /// Identifies the purpose inside the signature; never shown to anyone.
    let name: String
    /// How long a token stays valid after it is issued; nil when something else bounds it (the
    /// admin session a CSRF token derives from, the cookie a shortlist lives in).
    let lifetimeSeconds: Int64?
    /// A token presented sooner than this after it was issued is refused (`tooFast`): people need
    /// a few seconds to fill a form, spam bots post at once. Needs a lifetime.
    let minimumAgeSeconds: Int64

    init(name: String, lifetimeSeconds: Int64?, minimumAgeSeconds: Int64 = 0) {
        self.name = name
        self.lifetimeSeconds = lifetimeSeconds.map { max(1, $0) }
        self.minimumAgeSeconds = lifetimeSeconds == nil ? 0 : max(0, minimumAgeSeconds)
    }
}

/// Why a token was refused. `invalid` covers malformed, forged, tampered, foreign-purpose and
/// foreign-binding tokens alike: telling them apart would only help an attacker.
enum TokenRejection: Error, Equatable, Sendable {
    case invalid, expired, tooFast
}

/// The one signed-token mechanism of the web layer (admin CSRF, session-less public forms,
/// feedback forms, signed shortlists).
///
/// A token is `<expiry>.<payload>.<mac>`: `expiry` in unix seconds (`-` for a purpose without a
/// lifetime), `payload` base64url (may be empty), and `mac` = base64url(HMAC-SHA256(key, purpose,
/// expiry, binding, payload)) with each field length-prefixed, so no field can leak into another.
/// The binding is a value the verifier already knows and the token does not carry (the card's
/// slug, the nonce in the browser's cookie): a token replayed for another card or from another
/// browser fails. Signatures are compared in constant time, before any time check.
public struct TokenSigner: Sendable {
    private let authenticator: HMACSHA256
    private let clock: any AuthClock
    /// Longest token accepted; anything longer is refused before any work.
    static let maxTokenLength = 4_096
    /// Clock skew tolerated for tokens that look issued in the future (another worker's clock).
    static let futureToleranceSeconds: Int64 = 60

    public init(key: [UInt8], clock: any AuthClock = SystemAuthClock()) {
        authenticator = HMACSHA256(key: key)
        self.clock = clock
    }

    /// A token for `purpose`, issued now, carrying `payload` and bound to `binding`.
    func issue(_ purpose: TokenPurpose, payload: String = "", boundTo binding: String = "") -> String {
        let expiry = purpose.lifetimeSeconds.map { String(clock.nowSeconds() + $0) } ?? "-"
        let encoded = AuthEncoding.base64URL(Array(payload.utf8))
        return "\(expiry).\(encoded).\(mac(purpose, expiry, binding, encoded))"
    }

    /// The payload of `token` when it was issued by this key for `purpose` and `binding`, is not
    /// expired and is old enough. A missing token is `invalid`.
    @discardableResult
    func verify(_ token: String?, _ purpose: TokenPurpose, boundTo binding: String = "") throws(TokenRejection) -> String {
        guard let token, token.utf8.count <= Self.maxTokenLength else { throw .invalid }
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3 else { throw .invalid }
        let expiry = String(parts[0]), encoded = String(parts[1])
        guard ConstantTime.equals(String(parts[2]), mac(purpose, expiry, binding, encoded)),
              let payload = AuthEncoding.decodeBase64URL(encoded).flatMap({ String(validating: $0, as: UTF8.self) })
        else { throw .invalid }
        guard let lifetime = purpose.lifetimeSeconds else {
            guard expiry == "-" else { throw .invalid }
            return payload
        }
        guard let expiresAt = Int64(expiry) else { throw .invalid }
        let now = clock.nowSeconds(), issuedAt = expiresAt - lifetime
        guard issuedAt <= now + Self.futureToleranceSeconds else { throw .invalid }
        guard now <= expiresAt else { throw .expired }
        guard purpose.minimumAgeSeconds == 0 || now - issuedAt >= purpose.minimumAgeSeconds else { throw .tooFast }
        return payload
    }

    /// Whether `token` passes `verify` (for callers that refuse every failure the same way).
    func isValid(_ token: String?, _ purpose: TokenPurpose, boundTo binding: String = "") -> Bool {
        (try? verify(token, purpose, boundTo: binding)) != nil
    }

    private func mac(_ purpose: TokenPurpose, _ expiry: String, _ binding: String, _ payload: String) -> String {
        var message = Array("vetrina-token:v1".utf8)
        for field in [purpose.name, expiry, binding, payload] {
            message += Array("\(field.utf8.count):".utf8) + Array(field.utf8)
        }
        return AuthEncoding.base64URL(authenticator.authenticate(message))
    }
}

extension TokenPurpose {
    /// The admin area's CSRF field, derived from the session's (or pre-session cookie's) secret.
    static let adminCSRF = TokenPurpose(name: "admin-csrf", lifetimeSeconds: nil)
    /// A shortlist kept in a cookie or a shared link (the cookie's 180 days bound it).
    static let shortlist = TokenPurpose(name: "shortlist", lifetimeSeconds: nil)

    /// The session-less form token of a public form: 2 hours, and for the feedback forms at least
    /// 3 seconds after the page was served.
    static func publicForm(_ form: PublicForm) -> TokenPurpose {
        TokenPurpose(name: "form:" + form.rawValue, lifetimeSeconds: 2 * 3_600, minimumAgeSeconds: form == .feedback ? 3 : 0)
    }
}
