import EventLog
import Foundation
import PostgresTestSupport
import ProcedureModel
import Testing

/// forEachEvent groups by session (in order of first append), sorts by time within, and filters:
/// the same on every store (SQLite, memory, PostgreSQL).
@Suite struct OrderAndFilterTests {
    func event(
        _ session: String, _ kind: GuideEvent.Kind, at seconds: Int64, procedure: String = "css", channel: Channel = .kiosk, site: String? = "mairie",
        locale: String = "fr"
    ) -> GuideEvent {
        GuideEvent(
            session: session, procedure: procedure, procedureVersion: "1", step: "foyer", kind: kind, time: nineOClock + seconds * 1_000, channel: channel,
            site: site, locale: locale)
    }

    func read(_ store: any EventStore, _ filter: EventFilter = .all) async throws -> [String] {
        var read: [String] = []
        try await store.forEachEvent(matching: filter) { read.append("\($0.session) \($0.kind.rawValue) \(($0.time - nineOClock) / 1_000)") }
        return read
    }

    @Test(arguments: StoreKind.available) func sessionsInOrderOfFirstAppendEventsInTimeOrderTiesInArrivalOrder(kind: StoreKind) async throws {
        let store = try await kind.make([
            event("b", .sessionStarted, at: 10), event("a", .sessionStarted, at: 5), event("b", .stepEntered, at: 10),
            event("a", .helpAsked, at: 30), event("a", .stepEntered, at: 20), event("b", .answered, at: 12),
        ])
        try await store.append([event("c", .sessionStarted, at: 1), event("b", .abandoned, at: 11)])
        #expect(
            try await read(store) == [
                "b session-started 10", "b step-entered 10", "b abandoned 11", "b answered 12",
                "a session-started 5", "a step-entered 20", "a help-asked 30",
                "c session-started 1",
            ])
    }

    @Test(arguments: StoreKind.available) func eachFilterFieldSelectsItsEvents(kind: StoreKind) async throws {
        let store = try await kind.make([
            event("a", .sessionStarted, at: 0, procedure: "css", channel: .kiosk, site: "mairie", locale: "fr"),
            event("a", .abandoned, at: 100, procedure: "css", channel: .kiosk, site: "mairie", locale: "fr"),
            event("b", .sessionStarted, at: 50, procedure: "prime", channel: .assisted, site: "ccas", locale: "ar"),
            event("c", .sessionStarted, at: 200, procedure: "css", channel: .terminal, site: nil, locale: "en"),
        ])
        #expect(try await read(store, EventFilter(procedure: "prime")) == ["b session-started 50"])
        #expect(try await read(store, EventFilter(procedure: "css")) == ["a session-started 0", "a abandoned 100", "c session-started 200"])
        #expect(try await read(store, EventFilter(since: nineOClock + 50_000)) == ["a abandoned 100", "b session-started 50", "c session-started 200"])
        #expect(try await read(store, EventFilter(until: nineOClock + 100_000)) == ["a session-started 0", "b session-started 50"])
        #expect(try await read(store, EventFilter(channel: .assisted)) == ["b session-started 50"])
        #expect(try await read(store, EventFilter(channel: .terminal)) == ["c session-started 200"])
        #expect(try await read(store, EventFilter(site: "mairie")) == ["a session-started 0", "a abandoned 100"])
        #expect(try await read(store, EventFilter(locale: "en")) == ["c session-started 200"])
        #expect(try await read(store, EventFilter(procedure: "css", since: nineOClock + 1, locale: "fr")) == ["a abandoned 100"])
        #expect(try await read(store, EventFilter(site: "nowhere")) == [])
        #expect(try await store.count(matching: EventFilter(procedure: "css")) == 3)
        #expect(try await store.count(matching: EventFilter(site: "nowhere")) == 0)
        #expect(try await store.count(matching: EventFilter(since: nineOClock + 50_000, until: nineOClock + 200_000)) == 2)
    }

    @Test(arguments: StoreKind.available) func anErrorThrownByTheReaderStopsTheWalk(kind: StoreKind) async throws {
        struct Enough: Error {}
        let store = try await kind.make((0..<10).map { event("a", .stepEntered, at: $0) })
        var seen = 0
        await #expect(throws: Enough.self) {
            try await store.forEachEvent(matching: .all) { _ in
                seen += 1
                if seen == 3 { throw Enough() }
            }
        }
        #expect(seen == 3)
    }

    @Test(arguments: StoreKind.available) func aLongWalkCrossesChunksInOrderAndStopsCleanly(kind: StoreKind) async throws {
        // 30 000 events in sessions of 7: the reader hands them over in several chunks of about 8 192 rows.
        let events = (0..<30_000).map { index in
            event(String(format: "s%05d", index / 7), index % 7 == 0 ? .sessionStarted : .stepEntered, at: Int64(index))
        }
        let store = try await kind.make(events)
        var read: [String] = []
        try await store.forEachEvent(matching: .all) { read.append("\($0.session)@\($0.time)") }
        #expect(read == events.map { "\($0.session)@\($0.time)" })
        struct Enough: Error {}
        var seen = 0
        await #expect(throws: Enough.self) {
            try await store.forEachEvent(matching: .all) { _ in
                seen += 1
                if seen == 20_000 { throw Enough() }
            }
        }
        #expect(seen == 20_000)
        // The interrupted walk left no snapshot open: a purge and a fresh count see the present.
        #expect(try await store.purge(before: nineOClock + 10_000_000) == 10_000)
        #expect(try await store.count(matching: .all) == 20_000)
    }

    /// Event `index` of `session`, a second after the one before, on alternate channels.
    func numbered(_ session: String, _ index: Int) -> GuideEvent {
        let kind: GuideEvent.Kind = index == 0 ? .sessionStarted : .stepEntered
        let channel: Channel = index % 2 == 0 ? .kiosk : .assisted
        return event(session, kind, at: Int64(index), channel: channel)
    }

    @Test(arguments: StoreKind.available) func sessionsLongerThanAChunkComeWholeAndInOrder(kind: StoreKind) async throws {
        // Chunks end with a session: here one session alone is more than a chunk, one barely fits
        // beside another, and a filter drops some of their events.
        let sizes = [("long", 12_000), ("short", 3), ("medium", 8_000), ("last", 500)]
        let events = sizes.flatMap { (session, size) -> [GuideEvent] in (0..<size).map { numbered(session, $0) } }
        let store = try await kind.make(events)
        for filter in [EventFilter.all, EventFilter(channel: .assisted), EventFilter(since: nineOClock + 5_000_000)] {
            var read: [String] = []
            try await store.forEachEvent(matching: filter) { read.append("\($0.session)@\($0.time)") }
            #expect(read == events.filter(filter.matches).map { "\($0.session)@\($0.time)" }, "\(filter)")
        }
    }
}
