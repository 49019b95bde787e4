/// The host of a client address, the one way every per-client counter (sign-in throttle,
/// public-form limits) and every address check (trusted proxies, loopback) names a client:
/// `1.2.3.4:80` → `1.2.3.4`, `[::1]:80` → `::1`, a bare address unchanged (a bare IPv6 address
/// such as `2001::1` has more than one colon, so it keeps every group); lower-cased, so the
/// case of hex digits never splits one client in two. Lives in Accounts, the lowest module
/// both the sign-in guard and the Portal use.
public enum ClientHost {
    public static func host(of address: String) -> String {
        if address.hasPrefix("["), let end = address.firstIndex(of: "]") {
            return String(address[address.index(after: address.startIndex)..<end]).lowercased()
        }
        let parts = address.split(separator: ":", omittingEmptySubsequences: false)
        return (parts.count == 2 ? String(parts[0]) : address).lowercased()
    }
}
