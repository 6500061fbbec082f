/// Who sent a request that came through reverse proxies: read from `X-Forwarded-For`, believed
/// only as far as the proxies are trusted.
enum ForwardedClient {
    /// The client's address, for the per-address attempt limits.
    ///
    /// From a peer that is not a trusted proxy, `X-Forwarded-For` is ignored: anyone can write it.
    /// From a trusted one, the list is walked from the right (each proxy appends the address it
    /// received from) past the trusted hops; the first address left is the client. Addresses further
    /// left were written by the client or its own proxies, so they are never read. A list that cannot
    /// be read where it matters counts as no list: the peer's address is kept.
    ///
    /// `Forwarded` (RFC 7239) is not read: nginx set up as the README says appends to
    /// `X-Forwarded-For` and passes a client's own `Forwarded` header through untouched.
    ///
    /// - Parameters:
    ///   - peer: the TCP peer's address; `nil` when unknown (the router test client).
    ///   - forwardedFor: the values of every `X-Forwarded-For` field, in the order received.
    static func address(peer: String?, forwardedFor: [String], trusting proxies: [TrustedProxy]) -> String? {
        guard let peer, let peerAddress = IPAddress(peer) else { return peer }
        guard isTrusted(peerAddress, proxies), !forwardedFor.isEmpty else { return peerAddress.description }
        // Several fields are one list, in order (RFC 9110, 5.3).
        let hops = forwardedFor.joined(separator: ",").split(separator: ",", omittingEmptySubsequences: false)
        var client = peerAddress
        for hop in hops.reversed() {
            guard let address = hopAddress(hop) else { return peerAddress.description }
            client = address
            if !isTrusted(address, proxies) { break }
        }
        // Every hop trusted: the leftmost is as far back as anyone trusted can tell.
        return client.description
    }

    private static func isTrusted(_ address: IPAddress, _ proxies: [TrustedProxy]) -> Bool {
        proxies.contains { $0.contains(address) }
    }

    /// One hop: `203.0.113.7`, `2001:db8::1`, and as some proxies write them, with a port
    /// (`203.0.113.7:4711`, `[2001:db8::1]:4711`) or brackets alone.
    private static func hopAddress(_ hop: Substring) -> IPAddress? {
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = hop.firstIndex(where: { !isBlank($0) }), let last = hop.lastIndex(where: { !isBlank($0) }) else { return nil }
        let hop = hop[first...last]
        if hop.hasPrefix("[") {
            guard let close = hop.firstIndex(of: "]") else { return nil }
            let rest = hop[hop.index(after: close)...]
            guard rest.isEmpty || (rest.hasPrefix(":") && isPort(rest.dropFirst())) else { return nil }
            return IPAddress(hop[hop.index(after: hop.startIndex)..<close])
        }
        let colons = hop.split(separator: ":", omittingEmptySubsequences: false)
        if colons.count == 2 {
            return isPort(colons[1]) ? IPAddress(colons[0]) : nil
        }
        return IPAddress(hop)
    }

    private static func isPort(_ text: Substring) -> Bool {
        !text.isEmpty && text.count <= 5 && text.allSatisfy { $0.isASCII && $0.isNumber }
    }
}
