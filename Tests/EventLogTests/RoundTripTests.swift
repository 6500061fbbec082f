import EventLog
import Foundation
import PostgresTestSupport
import ProcedureModel
import Testing

/// What goes into a store comes back out, field for field, in the protocol's order: on every store.
@Suite struct RoundTripTests {
    @Test(arguments: StoreKind.available) func everyKindAndFieldComesBackAsAppended(kind: StoreKind) async throws {
        let store = try await kind.make()
        let events = everyKind()
        #expect(Set(events.map(\.kind)) == Set(GuideEvent.Kind.allCases))
        try await store.append(events)
        var read: [GuideEvent] = []
        try await store.forEachEvent(matching: .all) { read.append($0) }
        #expect(read == events)
        #expect(try await store.count(matching: .all) == 24)
    }

    @Test(arguments: StoreKind.available) func sameEventsGiveTheSameAnswersAsTheMemoryStore(kind: StoreKind) async throws {
        let store = try await kind.make()
        let memory = MemoryEventStore()
        // Two interleaved sessions, appended in two batches with the times out of order inside one.
        var events = everyKind() + everyKind(session: "c0ffee00c0ffee00", other: "d00dd00dd00dd00d", start: nineOClock + 500)
        events.swapAt(3, 20)
        for store in [store, memory] as [any EventStore] {
            try await store.append(Array(events.prefix(17)))
            try await store.append(Array(events.dropFirst(17)))
        }
        for filter in [EventFilter.all, EventFilter(locale: "ar"), EventFilter(since: nineOClock + 50_000, until: nineOClock + 700_000)] {
            var fromStore: [GuideEvent] = []
            var fromMemory: [GuideEvent] = []
            try await store.forEachEvent(matching: filter) { fromStore.append($0) }
            try await memory.forEachEvent(matching: filter) { fromMemory.append($0) }
            #expect(fromStore == fromMemory)
            #expect(try await store.count(matching: filter) == fromMemory.count)
        }
    }

    @Test(arguments: StoreKind.available) func longTextsAndUnicodeSurvive(kind: StoreKind) async throws {
        let store = try await kind.make()
        var event = everyKind()[8]
        event.value = "تاريخ الميلاد — réponse très longue qui dépasse quinze octets"
        event.step = "étape-numéro-douze-avec-un-nom-long"
        event.site = "maison-france-services-quartier-nord"
        try await store.append([event])
        var read: [GuideEvent] = []
        try await store.forEachEvent(matching: .all) { read.append($0) }
        #expect(read == [event])
    }

    @Test(arguments: StoreKind.available) func anEmptyAppendWritesNothing(kind: StoreKind) async throws {
        let store = try await kind.make()
        try await store.append([])
        #expect(try await store.count(matching: .all) == 0)
    }

    @Test(arguments: StoreKind.available) func manyAsynchronousWalksInARowEachSeeTheWholeLog(kind: StoreKind) async throws {
        // The walk lends the caller's closure to another thread; each must hand it back before returning.
        let store = try await kind.make()
        try await store.append(everyKind())
        var counts: Set<Int> = []
        for _ in 0..<1_000 {
            var count = 0
            try await store.forEachEvent(matching: .all) { _ in count += 1 }
            counts.insert(count)
        }
        #expect(counts == [24])
    }
}
