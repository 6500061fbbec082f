import EventLog
import Foundation
import Testing

/// Both registries: keys shown once and found again, revoked keys refused, names checked.
@Suite struct SiteRegistryTests {
    static func registries() throws -> [any SiteRegistry] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ariane-sites-\(UUID().uuidString)")
        return [MemorySiteRegistry(), SQLiteSiteRegistry(store: try SQLiteEventStore(path: folder.appendingPathComponent("central.sqlite").path))]
    }

    @Test func aKeyOpensItsOwnSiteUntilRevoked() async throws {
        for registry in try Self.registries() {
            let lyon = try await registry.add(name: "lyon", at: 100)
            let nantes = try await registry.add(name: "nantes", at: 200)
            #expect(lyon.wholeMatch(of: /[0-9a-f]{64}/) != nil)
            #expect(lyon != nantes)
            #expect(try await registry.site(forKey: lyon) == "lyon")
            #expect(try await registry.site(forKey: nantes.uppercased()) == "nantes")
            let forged = String(lyon.dropLast()) + (lyon.hasSuffix("0") ? "1" : "0")
            #expect(try await registry.site(forKey: forged) == nil)
            #expect(try await registry.site(forKey: "not a key") == nil)
            try await registry.revoke(name: "lyon", at: 300)
            #expect(try await registry.site(forKey: lyon) == nil)
            #expect(try await registry.site(forKey: nantes) == "nantes")
            #expect(
                try await registry.sites() == [RegisteredSite(name: "lyon", addedAt: 100, revokedAt: 300), RegisteredSite(name: "nantes", addedAt: 200)])
        }
    }

    @Test func namesAreCheckedAndNeverTakenTwice() async throws {
        for registry in try Self.registries() {
            _ = try await registry.add(name: "centre-social_nord.2", at: 1)
            await #expect(throws: SiteRegistryError.nameTaken("centre-social_nord.2")) { try await registry.add(name: "centre-social_nord.2", at: 2) }
            await #expect(throws: SiteRegistryError.invalidName("a b")) { try await registry.add(name: "a b", at: 2) }
            await #expect(throws: SiteRegistryError.invalidName("")) { try await registry.add(name: "", at: 2) }
            await #expect(throws: SiteRegistryError.unknownSite("nowhere")) { try await registry.revoke(name: "nowhere", at: 2) }
        }
    }
}
