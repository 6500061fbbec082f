import ArianeTestFixtures
import EventLog
import Foundation
import ProcedureModel
import Testing

/// `ariane purge --before DATE`: deletes what came before that day, says how many, refuses bad dates.
@Suite struct PurgeTests {
    @Test func purgeDeletesEventsBeforeMidnightUTCAndSaysHowMany() async throws {
        let folder = try fixtureFolder()
        _ = try ariane(["simulate", "essai.xml", "--sessions", "400", "--seed", "2", "--start", "2026-11-02", "--days", "14"], in: folder)
        let log = folder.appendingPathComponent("data/ariane.sqlite")
        let all = try await storedEvents(log)
        let midnight: Int64 = 1_794_182_400_000  // 2026-11-09T00:00:00Z
        let older = all.filter { $0.time < midnight }.count
        #expect(older > 0 && older < all.count)
        let result = try ariane(["purge", "--before", "2026-11-09"], in: folder)
        #expect(result.status == 0)
        #expect(result.standardOutput == "\(older) events deleted\n")
        #expect(try await storedEvents(log) == all.filter { $0.time >= midnight })
        #expect(try ariane(["purge", "--before", "2026-11-09", "--data", "data"], in: folder).standardOutput == "0 events deleted\n")
    }

    @Test func onASiteEventsNotShippedYetAreKeptAndCounted() async throws {
        let folder = try fixtureFolder()
        _ = try ariane(["simulate", "essai.xml", "--sessions", "400", "--seed", "2", "--start", "2026-11-02", "--days", "14"], in: folder)
        let path = folder.appendingPathComponent("data/ariane.sqlite").path
        let midnight: Int64 = 1_794_182_400_000  // 2026-11-09T00:00:00Z
        // The site shipped its first 1 000 events, then lost its link.
        let site = try SQLiteEventStore(path: path)
        let all = try await site.events(after: 0, limit: Int.max)
        try await site.markShipped(through: all[999].sequence)
        try await site.recordSyncFailure("the central did not answer", at: midnight)
        try site.close()
        let deleted = all.prefix(1_000).filter { $0.event.time < midnight }.count
        let held = all.dropFirst(1_000).filter { $0.event.time < midnight }.count
        #expect(deleted > 0 && held > 0)
        let result = try ariane(["purge", "--before", "2026-11-09"], in: folder)
        #expect(result.status == 0)
        #expect(
            result.standardOutput
                == "\(deleted) events deleted\n\(held) events before that day kept: not shipped to the central server yet (ariane sync --status)\n")
        #expect(try await storedEvents(URL(fileURLWithPath: path)).count == all.count - deleted)
    }

    @Test(arguments: [
        ("2026-13-01", ": there is no month 13"), ("2026-11-31", ": 2026-11 has 30 days"), ("26-11-09", ""), ("2026/11/09", ""),
        ("demain", ""), ("2026-11-9", ""),
    ])
    func aMalformedDateIsRefusedAndNothingChanges(date: String, reason: String) throws {
        let folder = try fixtureFolder()
        _ = try ariane(["simulate", "essai.xml", "--sessions", "20", "--db", "log.sqlite"], in: folder)
        let before = try Data(contentsOf: folder.appendingPathComponent("log.sqlite"))
        let result = try ariane(["purge", "--before", date, "--db", "log.sqlite"], in: folder)
        #expect(result.status == 64)
        #expect(result.standardError.hasPrefix("Error: --before takes a day written YYYY-MM-DD, such as 2026-11-01; '\(date)' is not one\(reason)\n"))
        #expect(try Data(contentsOf: folder.appendingPathComponent("log.sqlite")) == before)
    }

    @Test func aForeignDatabaseIsRefusedWithItsName() throws {
        let folder = try fixtureFolder()
        let notes = folder.appendingPathComponent("notes.sqlite")
        try Data(String(repeating: "pas une base\n", count: 400).utf8).write(to: notes)
        let result = try ariane(["purge", "--before", "2026-11-09", "--db", "notes.sqlite"], in: folder)
        #expect(result.status == 2)
        #expect(result.standardOutput == "")
        #expect(result.standardError == "notes.sqlite: error: not a database: the file is damaged or is not an Ariane event log; nothing was changed\n")
    }
}
