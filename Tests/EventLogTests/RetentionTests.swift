import EventLog
import Foundation
import PostgresTestSupport
import ProcedureModel
import Testing

/// `purge(before:)` deletes what is older, says how many, and leaves no trace of purged answers.
@Suite struct RetentionTests {
    func event(_ session: String, at time: Int64, value: String? = nil) -> GuideEvent {
        GuideEvent(
            session: session, procedure: "css", procedureVersion: "1", step: "foyer", kind: value == nil ? .stepEntered : .answered, time: time,
            channel: .kiosk, locale: "fr", value: value)
    }

    @Test(arguments: StoreKind.available) func purgeDeletesStrictlyEarlierEventsAndCountsThem(kind: StoreKind) async throws {
        let store = try await kind.make()
        try await store.append([event("a", at: 999), event("a", at: 1_000), event("b", at: 998), event("b", at: 1_001), event("c", at: 5)])
        #expect(try await store.purge(before: 1_000) == 3)
        var left: [String] = []
        try await store.forEachEvent(matching: .all) { left.append("\($0.session)@\($0.time)") }
        #expect(left == ["a@1000", "b@1001"])
        #expect(try await store.purge(before: 1_000) == 0)
        #expect(try await store.purge(before: 10_000) == 2)
        #expect(try await store.count(matching: .all) == 0)
        if let sqlite = store as? SQLiteEventStore { #expect(try sqlite.integrityProblems() == []) }
    }

    @Test func purgedAnswersLeaveNoTraceInTheFile() async throws {
        let path = try temporaryFolder().appendingPathComponent("log.sqlite").path
        let store = try SQLiteEventStore(path: path)
        try await store.append([event("ancienne", at: 100, value: "réponse-ancienne-à-effacer"), event("récente", at: 5_000, value: "2+")])
        #expect(try await store.purge(before: 1_000) == 1)
        try store.close()
        #expect(try run("sqlite3", [path, "SELECT text FROM name ORDER BY text; SELECT key FROM session"]) == "1\n2+\ncss\nfoyer\nfr\nrécente\n")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(bytes.range(of: Data("réponse-ancienne-à-effacer".utf8)) == nil)
        #expect(bytes.range(of: Data("ancienne".utf8)) == nil)
    }

    @Test func anotherProcessPurgingDoesNotConfuseAWriter() async throws {
        let path = try temporaryFolder().appendingPathComponent("log.sqlite").path
        let kiosk = try SQLiteEventStore(path: path)
        let office = try SQLiteEventStore(path: path)
        try await kiosk.append([event("a", at: 100, value: "oui"), event("b", at: 200)])
        // The office deletes session "a" and its answer; the kiosk still has their ids cached.
        #expect(try await office.purge(before: 150) == 1)
        try await kiosk.append([event("a", at: 300, value: "oui"), event("c", at: 400)])
        var read: [String] = []
        try await office.forEachEvent(matching: .all) { read.append("\($0.session)@\($0.time) \($0.value ?? "-")") }
        #expect(read == ["b@200 -", "a@300 oui", "c@400 -"])
        #expect(try kiosk.integrityProblems() == [])
    }

    @Test func aSiteKeepsTheEventsItHasNotShippedHoweverOld() async throws {
        let store = try SQLiteEventStore(path: try temporaryFolder().appendingPathComponent("site.sqlite").path)
        try await store.append((1...5).map { event("s\($0)", at: Int64($0) * 100) })
        // The shipper ran once and failed: nothing reached the central, so nothing may go.
        try await store.recordSyncFailure("the central did not answer", at: 1_000)
        #expect(try await store.purge(before: 10_000) == 0)
        #expect(try await store.heldForShipping(before: 10_000) == 5)
        // The first three reached the central: they go, the last two stay though they are older than the day.
        let shipped = try await store.events(after: 0, limit: 3)
        try await store.markShipped(through: try #require(shipped.last).sequence)
        #expect(try await store.purge(before: 10_000) == 3)
        #expect(try await store.heldForShipping(before: 10_000) == 2)
        var left: [String] = []
        try await store.forEachEvent(matching: .all) { left.append($0.session) }
        #expect(left == ["s4", "s5"])
        #expect(try await store.waiting().count == 2)
        #expect(try store.integrityProblems() == [])
    }

    @Test func aLogThatShipsNowhereIsPurgedWhole() async throws {
        let store = try SQLiteEventStore(path: try temporaryFolder().appendingPathComponent("office.sqlite").path)
        try await store.append((1...5).map { event("s\($0)", at: Int64($0) * 100) })
        #expect(try await store.heldForShipping(before: 10_000) == 0)
        #expect(try await store.purge(before: 10_000) == 5)
    }
}
