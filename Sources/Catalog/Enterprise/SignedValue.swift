import Crypto

/// Short values the browser keeps but must not forge (a shortlist in a cookie or a shared link):
/// `payload~base64url(HMAC-SHA256(key, label|payload))`, checked in constant time.
public struct SignedValue: Sendable {
    private let authenticator: HMACSHA256
    private let label: [UInt8]

    /// - Parameters:
    ///   - key: the server's secret (`SiteSecrets`).
    ///   - label: separates purposes, so a value signed for one cannot be replayed as another.
    public init(key: [UInt8], label: String) {
        authenticator = HMACSHA256(key: key)
        self.label = Array(label.utf8) + [0x7c]
    }

    /// `payload` with its signature. The payload must not contain `~`.
    public func sign(_ payload: String) -> String {
        payload + "~" + mac(payload)
    }

    /// The payload when `token` carries a valid signature, else nil.
    public func verify(_ token: String) -> String? {
        guard token.utf8.count <= 4_096, let cut = token.lastIndex(of: "~") else { return nil }
        let payload = String(token[..<cut]), signature = String(token[token.index(after: cut)...])
        guard !payload.contains("~"), ConstantTime.equals(signature, mac(payload)) else { return nil }
        return payload
    }

    private func mac(_ payload: String) -> String {
        AuthEncoding.base64URL(authenticator.authenticate(label + Array(payload.utf8)))
    }
}
