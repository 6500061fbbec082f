import EventLog
import Foundation
import ProcedureModel
import Testing

/// A log written before sites existed (schema version 1) opens with this Ariane, keeps every event,
/// and becomes a log a site can ship: its whole history waits, in the order it was written.
@Suite struct SchemaUpgradeTests {
    @Test func aVersionOneLogIsUpgradedInPlaceWithEveryEvent() async throws {
        let path = try temporaryFolder().appendingPathComponent("log.sqlite").path
        let written = everyKind() + everyKind(session: "0a1b2c3d4e5f6a7b", other: "c5b3a1f0e8d6c4b2", start: nineOClock + 60_000)
        let store = try SQLiteEventStore(path: path)
        try await store.append(written)
        try store.close()
        // What version 2 added, taken away again: the file is now as version 1 left it.
        _ = try run(
            "sqlite3",
            [
                path,
                """
                DROP INDEX event_by_seq; DELETE FROM counter WHERE name = 'shipped';
                DROP TABLE sync_state; DROP TABLE received; DROP TABLE site_reception; DROP TABLE site;
                DELETE FROM grdb_migrations WHERE identifier = 'v2'; PRAGMA user_version = 1;
                """,
            ])
        #expect(try run("sqlite3", [path, "PRAGMA user_version; SELECT count(*) FROM sqlite_master WHERE name = 'sync_state'"]) == "1\n0\n")

        let upgraded = try SQLiteEventStore(path: path)
        var read: [GuideEvent] = []
        try await upgraded.forEachEvent(matching: .all) { read.append($0) }
        #expect(read == written)
        #expect(try await upgraded.waiting().count == written.count)
        #expect(try await upgraded.events(after: 0, limit: 1_000).map(\.event) == written)
        // Not a site until its shipper runs: a purge there still deletes everything old.
        #expect(try await upgraded.heldForShipping(before: .max) == 0)
        #expect(try upgraded.integrityProblems() == [])
        try upgraded.close()
        #expect(try run("sqlite3", [path, "PRAGMA user_version; SELECT count(*) FROM sqlite_master WHERE name = 'sync_state'"]) == "2\n1\n")
    }
}
