import Foundation
import PostgresStore
import PostgresTestSupport
import Testing

/// `ariane migrate`: each migration once, recorded; a database from a newer Ariane is refused.
@Suite(.enabled(if: TestDatabase.runs)) struct MigrationTests {
    @Test func migratingTwiceChangesNothingTheSecondTime() async throws {
        let url = try await TestDatabase.fresh()
        #expect(try await PostgresPool.migrate(url) == Array(1...PostgresSchema.version))
        let tables = try await column("SELECT tablename::text FROM pg_tables WHERE schemaname = 'public' ORDER BY 1", in: url)
        #expect(try await PostgresPool.migrate(url) == [])
        #expect(try await column("SELECT tablename::text FROM pg_tables WHERE schemaname = 'public' ORDER BY 1", in: url) == tables)
        #expect(tables.contains("event") && tables.contains("site_event") && tables.contains("account"))
        #expect(try await column("SELECT version::text FROM schema_migrations ORDER BY 1", in: url) == (1...PostgresSchema.version).map(String.init))
    }

    @Test func aDatabaseFromANewerArianeIsRefused() async throws {
        let url = try await TestDatabase.fresh()
        try await PostgresPool.migrate(url)
        _ = try await column("INSERT INTO schema_migrations (version, name) VALUES (99, 'from the future') RETURNING name", in: url)
        await #expect(throws: PostgresStoreError(place: url.description, problem: .newerSchema(found: 99, known: PostgresSchema.version))) {
            try await PostgresPool.migrate(url)
        }
    }
}
