import EventLog
import Foundation
import PostgresStore
import PostgresTestSupport
import Testing

/// Sites registered on the central: a key shown once and stored hashed, revoked for good.
@Suite(.enabled(if: TestDatabase.runs)) struct SiteRegistryTests {
    @Test func aKeyNamesItsSiteUntilRevoked() async throws {
        let url = try await TestDatabase.fresh()
        let pool = try await PostgresPool(url: url)
        let registry = PostgresSiteRegistry(database: pool)
        let key = try await registry.add(name: "mairie-centre", at: 1_000)
        let other = try await registry.add(name: "ccas", at: 2_000)
        #expect(key.count == 64 && key.allSatisfy(\.isHexDigit) && key != other)
        #expect(try await registry.site(forKey: key) == "mairie-centre")
        #expect(try await registry.site(forKey: other) == "ccas")
        #expect(try await registry.site(forKey: String(key.reversed())) == nil)
        // Only the key's hash is stored.
        #expect(try await column("SELECT encode(key_hash, 'hex') FROM site", in: url).allSatisfy { $0 != key && $0 != other })

        try await registry.revoke(name: "mairie-centre", at: 3_000)
        #expect(try await registry.site(forKey: key) == nil)
        #expect(
            try await registry.sites() == [
                RegisteredSite(name: "ccas", addedAt: 2_000), RegisteredSite(name: "mairie-centre", addedAt: 1_000, revokedAt: 3_000),
            ])
        pool.close()
    }

    @Test func takenInvalidAndUnknownNamesAreRefused() async throws {
        let pool = try await PostgresPool(url: try await TestDatabase.fresh())
        let registry = PostgresSiteRegistry(database: pool)
        _ = try await registry.add(name: "ccas", at: 1)
        await #expect(throws: PostgresStoreError.self) { try await registry.add(name: "ccas", at: 2) }
        for name in ["", "Mairie", "a b", "-ccas", String(repeating: "a", count: 65), "ccas/nord"] {
            await #expect(throws: PostgresStoreError.self, "\(name)") { try await registry.add(name: name, at: 2) }
        }
        await #expect(throws: PostgresStoreError.self) { try await registry.revoke(name: "nowhere", at: 2) }
        #expect(try await registry.sites().map(\.name) == ["ccas"])
        pool.close()
    }
}
