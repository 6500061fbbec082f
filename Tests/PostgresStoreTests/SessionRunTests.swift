import EventLog
import PostgresStore
import PostgresTestSupport
import ProcedureModel
import Testing

/// A fold over PostgreSQL reads runs of session numbers on connections of their own, in one snapshot.
@Suite(.enabled(if: TestDatabase.runs)) struct SessionRunTests {
    /// Nine sessions of two events, appended interleaved.
    var events: [GuideEvent] {
        [GuideEvent.Kind.sessionStarted, .abandoned].enumerated().flatMap { index, kind in
            (1...9).map { session in event("s\(session)", at: nineOClock + Int64(session * 10 + index) * 1_000, kind: kind) }
        }
    }

    @Test func twoPartsSplitTheSessionNumbersInTheMiddle() async throws {
        let store = try await TestDatabase.freshStore()
        defer { store.close() }
        try await store.append(events)
        let parts = try await store.fold(matching: .all, parts: 2, start: { [String]() }, add: { $0.append("\($1.session) \($1.kind.rawValue)") })
        // Sessions numbered 1 to 9 split at 5: sessions 1 to 4, then 5 to 9, each whole and in order.
        #expect(
            parts.map { Array(Set($0.map { String($0.split(separator: " ")[0]) })).sorted() } == [["s1", "s2", "s3", "s4"], ["s5", "s6", "s7", "s8", "s9"]])
        #expect(parts[0].prefix(2) == ["s1 session-started", "s1 abandoned"])
        #expect(parts.map(\.count) == [8, 10])
    }

    @Test func fewerSessionsThanPartsAreOnePart() async throws {
        let store = try await TestDatabase.freshStore()
        defer { store.close() }
        try await store.append(Array(events.prefix(1)))
        #expect(try await store.fold(matching: .all, parts: 2, start: { 0 }, add: { count, _ in count += 1 }) == [1])
        let empty = try await TestDatabase.freshStore()
        defer { empty.close() }
        #expect(try await empty.fold(matching: .all, parts: 2, start: { 0 }, add: { count, _ in count += 1 }) == [0])
    }
}
