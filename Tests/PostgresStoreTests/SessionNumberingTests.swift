import EventLog
import PostgresStore
import PostgresTestSupport
import ProcedureModel
import Testing

/// A session keeps one number whichever process appends to it: a second store (another process, or
/// this one restarted) that numbers it again has its rows given the first number back.
@Suite(.enabled(if: TestDatabase.runs)) struct SessionNumberingTests {
    @Test func aSessionNumberedByAnotherStoreKeepsItsFirstNumber() async throws {
        let url = try await TestDatabase.fresh()
        let first = try await PostgresEventStore(url: url)
        defer { first.close() }
        let second = try await PostgresEventStore(url: url)
        defer { second.close() }
        try await first.append([event("un", at: nineOClock), event("deux", at: nineOClock + 1_000)])
        // The second store has numbered no session: it gives "deux" a new number, then "trois" the next.
        try await second.append([event("deux", at: nineOClock + 2_000, kind: .completed), event("trois", at: nineOClock + 3_000)])
        try await first.append([event("un", at: nineOClock + 4_000, kind: .completed)])
        var read: [String] = []
        try await second.forEachEvent(matching: .all) { read.append("\($0.session) \($0.kind.rawValue)") }
        #expect(read == ["un step-entered", "un completed", "deux step-entered", "deux completed", "trois step-entered"])
        #expect(try await column("SELECT count(DISTINCT session_number)::text FROM event WHERE session = 'deux'", in: url) == ["1"])
        #expect(try await column("SELECT count(*)::text FROM session", in: url) == ["3"])
    }

    @Test func aSessionPurgedAndSeenAgainIsRecordedAgain() async throws {
        let store = try await TestDatabase.freshStore()
        defer { store.close() }
        try await store.append([event("ancienne", at: nineOClock)])
        #expect(try await store.purge(before: nineOClock + 1) == 1)
        try await store.append([event("ancienne", at: nineOClock + 2_000, kind: .completed)])
        var read: [String] = []
        try await store.forEachEvent(matching: .all) { read.append("\($0.session) \($0.kind.rawValue)") }
        #expect(read == ["ancienne completed"])
        let url = store.database.url
        #expect(try await column("SELECT key FROM session", in: url) == ["ancienne"])
    }
}
