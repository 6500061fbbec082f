import Testing

@testable import GuideServer

/// `--trusted-proxy` values: addresses and ranges read exactly, mistakes refused with the reason.
@Suite struct TrustedProxyTests {
    @Test(arguments: [
        ("127.0.0.1", "127.0.0.1"), ("::1", "::1"), ("10.0.0.0/8", "10.0.0.0/8"), ("2001:DB8::/32", "2001:db8::/32"),
        ("192.168.1.0/24", "192.168.1.0/24"), ("10.0.0.2/32", "10.0.0.2"), ("::ffff:10.0.0.2", "10.0.0.2"),
    ])
    func anAddressOrARangeIsRead(text: String, written: String) throws {
        #expect(try TrustedProxy(text).description == written)
    }

    @Test func aRangeHoldsExactlyItsAddresses() throws {
        let v4 = try TrustedProxy("172.16.0.0/12")
        let v6 = try TrustedProxy("2001:db8:1::/48")
        let addresses = ["172.16.0.0", "172.31.255.255", "::ffff:172.20.1.1", "172.15.255.255", "172.32.0.0", "::1", "2001:db8:1:ffff::9", "2001:db8:2::9"]
        let parsed = addresses.compactMap { IPAddress($0) }
        #expect(parsed.count == addresses.count)
        #expect(parsed.map(v4.contains) == [true, true, true, false, false, false, false, false])
        #expect(parsed.map(v6.contains) == [false, false, false, false, false, false, true, false])
    }

    @Test(arguments: [
        ("localhost", "it is not an IPv4 or IPv6 address"),
        ("10.0.0", "it is not an IPv4 or IPv6 address"),
        (" 127.0.0.1", "it is not an IPv4 or IPv6 address"),
        ("10.0.0.0/33", "a range of IPv4 addresses ends in /1 to /32"),
        ("2001:db8::/129", "a range of IPv6 addresses ends in /1 to /128"),
        ("10.0.0.0/", "a range of IPv4 addresses ends in /1 to /32"),
        ("10.0.0.0/+8", "a range of IPv4 addresses ends in /1 to /32"),
        ("0.0.0.0/0", "it would trust every address"),
        ("10.0.0.1/8", "bits are set past the /8; did you mean 10.0.0.0/8?"),
        ("2001:db8::1/64", "bits are set past the /64; did you mean 2001:db8::/64?"),
    ])
    func aMistakeIsRefusedWithItsReason(text: String, reason: String) {
        #expect(throws: TrustedProxyError(text: text, reason: reason)) { try TrustedProxy(text) }
        #expect(
            TrustedProxyError(text: text, reason: reason).description
                == "--trusted-proxy takes an address or a range, such as 127.0.0.1, ::1 or 10.0.0.0/8; '\(text)' is not one: \(reason)")
    }
}
