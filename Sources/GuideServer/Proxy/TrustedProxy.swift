/// An address, or a range of addresses (`10.0.0.0/8`), of a reverse proxy in front of the server:
/// only from these does the server believe `X-Forwarded-For`.
public struct TrustedProxy: Hashable, Sendable, CustomStringConvertible {
    let network: IPAddress
    /// How many leading bits an address must share with `network`: 32 or 128 for one address.
    let prefixLength: Int

    /// Reads `127.0.0.1`, `::1`, `10.0.0.0/8` or `2001:db8::/32`.
    public init(_ text: String) throws(TrustedProxyError) {
        let parts = text.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        guard let address = IPAddress(parts[0]) else {
            throw TrustedProxyError(text: text, reason: "it is not an IPv4 or IPv6 address")
        }
        let bits = address.bytes.count * 8
        guard parts.count == 2 else {
            self.init(network: address, prefixLength: bits)
            return
        }
        guard parts[1].allSatisfy({ $0.isASCII && $0.isNumber }), let length = Int(parts[1]), (0...bits).contains(length) else {
            throw TrustedProxyError(text: text, reason: "a range of \(address.isIPv4 ? "IPv4" : "IPv6") addresses ends in /1 to /\(bits)")
        }
        // Trusting every address would let anyone write the address the limits count them under.
        guard length > 0 else { throw TrustedProxyError(text: text, reason: "it would trust every address") }
        let network = IPAddress(bytes: Self.masked(address.bytes, to: length))
        guard network == address else {
            // 10.0.0.1/8 is most likely a typo: say which range it would mean rather than guess.
            throw TrustedProxyError(text: text, reason: "bits are set past the /\(length); did you mean \(network)/\(length)?")
        }
        self.init(network: network, prefixLength: length)
    }

    private init(network: IPAddress, prefixLength: Int) {
        self.network = network
        self.prefixLength = prefixLength
    }

    /// Whether `address` is this proxy, or in this range.
    func contains(_ address: IPAddress) -> Bool {
        address.bytes.count == network.bytes.count && Self.masked(address.bytes, to: prefixLength) == network.bytes
    }

    public var description: String {
        prefixLength == network.bytes.count * 8 ? network.description : "\(network)/\(prefixLength)"
    }

    /// `bytes` with every bit past the first `length` cleared.
    private static func masked(_ bytes: [UInt8], to length: Int) -> [UInt8] {
        bytes.enumerated().map { index, byte in
            let kept = min(max(length - index * 8, 0), 8)
            return kept == 8 ? byte : byte & ~(0xff >> kept)
        }
    }
}

/// A `--trusted-proxy` value that is not an address or a range.
public struct TrustedProxyError: Error, Equatable, Sendable, CustomStringConvertible {
    public let text: String
    public let reason: String

    public var description: String {
        "--trusted-proxy takes an address or a range, such as 127.0.0.1, ::1 or 10.0.0.0/8; '\(text)' is not one: \(reason)"
    }
}
