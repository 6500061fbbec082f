import EventLog
import PostgresTestSupport
import ProcedureModel
import Testing

/// fold hands forEachEvent's events over in parts of whole sessions, the parts in session order, so
/// that a caller merging them in order sees what one walk sees.
@Suite struct FoldTests {
    /// Nine sessions of three events, appended interleaved: each session's events are far apart in
    /// the order of appending.
    var events: [GuideEvent] {
        let kinds: [GuideEvent.Kind] = [.sessionStarted, .stepEntered, .abandoned]
        return kinds.indices.flatMap { index in
            (1...9).map { session in
                GuideEvent(
                    session: "s\(session)", procedure: session % 3 == 0 ? "css" : "aide", procedureVersion: "1", step: "foyer",
                    kind: kinds[index], time: nineOClock + Int64(session * 10 + index) * 1_000, channel: .kiosk, locale: "fr")
            }
        }
    }

    func line(_ event: GuideEvent) -> String { "\(event.session) \(event.kind.rawValue)" }

    func walk(_ store: any EventStore, _ filter: EventFilter) async throws -> [String] {
        var lines: [String] = []
        try await store.forEachEvent(matching: filter) { lines.append(line($0)) }
        return lines
    }

    @Test(arguments: StoreKind.available) func partsHoldWholeSessionsInForEachEventsOrder(kind: StoreKind) async throws {
        let store = try await kind.make(events)
        for filter in [EventFilter.all, EventFilter(procedure: "css"), EventFilter(since: nineOClock + 41_000)] {
            let parts = try await store.fold(matching: filter, parts: 2, start: { [String]() }, add: { $0.append(line($1)) })
            let walked = try await walk(store, filter)
            #expect(Array(parts.joined()) == walked, "\(filter)")
            let sessions = parts.map { Set($0.map { $0.split(separator: " ")[0] }) }
            #expect(sessions.count < 2 || sessions[0].isDisjoint(with: sessions[1]), "\(filter)")
        }
        #expect(try await walk(store, .all).count == 27)
    }

    @Test func sqliteReadsTwoRunsOfSessionsAtOnce() async throws {
        let store = try await StoreKind.sqlite.make(events)
        let parts = try await store.fold(matching: .all, parts: 2, start: { [String]() }, add: { $0.append(line($1)) })
        // Session ids 1 to 9 split in the middle: sessions 1 to 4, then 5 to 9.
        #expect(parts.map { Set($0.map { String($0.split(separator: " ")[0]) }).sorted() } == [["s1", "s2", "s3", "s4"], ["s5", "s6", "s7", "s8", "s9"]])
    }

    @Test(arguments: StoreKind.available) func onePartIsOneWalk(kind: StoreKind) async throws {
        let store = try await kind.make(events)
        let parts = try await store.fold(matching: .all, parts: 1, start: { 0 }, add: { count, _ in count += 1 })
        #expect(parts == [27])
    }
}
