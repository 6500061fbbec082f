import Testing

@testable import GuideServer

/// Which address a request counts under: the peer's, or the client a trusted proxy forwarded for.
@Suite struct ForwardedClientTests {
    static let proxies = ["127.0.0.1", "::1", "10.0.0.2"].compactMap { try? TrustedProxy($0) }

    func client(peer: String? = "127.0.0.1", _ forwardedFor: [String], trusting proxies: [TrustedProxy] = proxies) -> String? {
        ForwardedClient.address(peer: peer, forwardedFor: forwardedFor, trusting: proxies)
    }

    @Test func fromAnUntrustedPeerTheHeaderIsIgnored() {
        #expect(client(peer: "198.51.100.9", ["203.0.113.7"]) == "198.51.100.9")
        #expect(client(peer: "198.51.100.9", ["203.0.113.7, 10.0.0.2"]) == "198.51.100.9")
        #expect(client(peer: "::ffff:198.51.100.9", ["203.0.113.7"]) == "198.51.100.9")
        #expect(client(peer: nil, ["203.0.113.7"]) == nil)
    }

    @Test func theRightmostUntrustedHopIsTheClient() throws {
        #expect(Self.proxies.count == 3)
        #expect(client(["203.0.113.7, 10.0.0.2"]) == "203.0.113.7")
        #expect(client(["203.0.113.7", "10.0.0.2"]) == "203.0.113.7")
        #expect(client(peer: "::ffff:127.0.0.1", ["203.0.113.7,10.0.0.2"]) == "203.0.113.7")
        // What a client wrote itself, to the left, is never read.
        #expect(client(["192.0.2.1, 203.0.113.7, 10.0.0.2"]) == "203.0.113.7")
        // Nor can garbage written there make the client count as the proxy, with everyone else.
        #expect(client(["garbage, 203.0.113.7, 10.0.0.2"]) == "203.0.113.7")
        // 10.0.0.3 is not trusted: it is the client, whatever it claims.
        #expect(client(["203.0.113.7, 10.0.0.3"]) == "10.0.0.3")
        #expect(client(["203.0.113.7, 10.0.0.3"], trusting: [try TrustedProxy("127.0.0.0/8"), try TrustedProxy("10.0.0.0/8")]) == "203.0.113.7")
        // Every hop trusted: the farthest one.
        #expect(client(["10.0.0.2"]) == "10.0.0.2")
    }

    @Test func addressesAreReadAsProxiesWriteThem() {
        #expect(client(peer: "::1", ["2001:DB8::7"]) == "2001:db8::7")
        #expect(client(peer: "::1", ["[2001:db8::7]:4711"]) == "2001:db8::7")
        #expect(client(["[2001:db8::7]"]) == "2001:db8::7")
        #expect(client(["203.0.113.7:4711"]) == "203.0.113.7")
        #expect(client(["\t203.0.113.7 ,  10.0.0.2 "]) == "203.0.113.7")
    }

    @Test(arguments: [
        "", " ", "unknown", "garbage, 10.0.0.2", "203.0.113.7,,10.0.0.2", "203.0.113.7; 10.0.0.2", "300.1.2.3", "203.0.113",
        "0x7f.0.0.1", "[2001:db8::7", "[2001:db8::7]:port", "203.0.113.7:", "203.0.113.7:123456", "for=203.0.113.7",
        "fe80::1%eth0", "203.0.113.7 10.0.0.2",
    ])
    func aMalformedHeaderCountsAsThePeer(header: String) {
        #expect(client(peer: "127.0.0.1", [header]) == "127.0.0.1")
    }

    @Test func noHeaderIsThePeer() {
        #expect(client([]) == "127.0.0.1")
    }
}
