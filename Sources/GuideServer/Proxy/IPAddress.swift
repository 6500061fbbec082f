#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An IPv4 or IPv6 address as its bytes: ranges compare by prefix, and each address has one spelling.
struct IPAddress: Hashable, Sendable, CustomStringConvertible {
    /// 4 bytes (IPv4) or 16 bytes (IPv6), in network order.
    let bytes: [UInt8]

    /// What a dual-stack socket puts before an IPv4 peer's address (`::ffff:192.0.2.1`).
    private static let mappedIPv4Prefix: [UInt8] = Array(repeating: 0, count: 10) + [0xff, 0xff]

    /// Reads an address as `inet_pton` does: dotted IPv4 or IPv6 text, without brackets, port or zone.
    ///
    /// An IPv4-mapped IPv6 address is read as the IPv4 address, so that a peer seen through a
    /// dual-stack socket matches `--trusted-proxy 127.0.0.1` and counts as one client in the limits.
    init?(_ text: some StringProtocol) {
        var v4 = in_addr()
        if inet_pton(AF_INET, String(text), &v4) == 1 {
            bytes = withUnsafeBytes(of: &v4) { Array($0) }
            return
        }
        var v6 = in6_addr()
        guard inet_pton(AF_INET6, String(text), &v6) == 1 else { return nil }
        let all = withUnsafeBytes(of: &v6) { Array($0) }
        bytes = all.starts(with: Self.mappedIPv4Prefix) ? Array(all.suffix(4)) : all
    }

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    var isIPv4: Bool { bytes.count == 4 }

    /// The address as `inet_ntop` writes it: `203.0.113.7`, `2001:db8::1`.
    var description: String {
        var text = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
        let written = bytes.withUnsafeBytes { raw in
            inet_ntop(isIPv4 ? AF_INET : AF_INET6, raw.baseAddress, &text, socklen_t(text.count))
        }
        guard written != nil else { return "" }
        return String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
