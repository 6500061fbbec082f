import ArgumentParser
import ArianeTestFixtures
import Foundation
import GuideServer
import Testing

@testable import ServerCommands

/// `ariane serve --trusted-proxy … --secure-cookies`, as an operator types it behind a reverse proxy.
@Suite struct ServeOptionsTests {
    @Test func proxyOptionsBecomeTheServersSettings() throws {
        let serve = try Serve.parse(["--trusted-proxy", "127.0.0.1", "--trusted-proxy", "2001:DB8::/32", "--secure-cookies"])
        let settings = try serve.settings(dataFolder: "data")
        #expect(settings.trustedProxies.map(\.description) == ["127.0.0.1", "2001:db8::/32"])
        #expect(settings.secureCookies)
        let plain = try Serve.parse([]).settings(dataFolder: "data")
        #expect(plain.trustedProxies.isEmpty)
        #expect(!plain.secureCookies)
    }

    @Test func aMistypedProxyIsRefusedBeforeAnythingStarts() throws {
        let folder = try fixtureFolder()
        let result = try ariane(["serve", "--procedures", ".", "--trusted-proxy", "127.0.0.1", "--trusted-proxy", "10.0.0.1/8"], in: folder)
        #expect(result.status == 64)
        #expect(result.standardOutput == "")
        #expect(
            result.standardError.hasPrefix(
                "Error: --trusted-proxy takes an address or a range, such as 127.0.0.1, ::1 or 10.0.0.0/8; '10.0.0.1/8' is not one: bits are set past the /8; did you mean 10.0.0.0/8?\n"
            ))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("data").path))
    }

    @Test func helpNamesTheProxyOptions() throws {
        let result = try ariane(["serve", "--help"], in: try fixtureFolder())
        #expect(result.status == 0)
        let help = result.standardOutput.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(help.contains { $0.hasPrefix("--trusted-proxy <address>") })
        #expect(help.contains { $0.hasPrefix("--secure-cookies") })
    }
}
