import EventLog
import Foundation
import PostgresStore
import PostgresTestSupport
import ProcedureModel
import Testing

/// The central's intake: each (site, terminal, sequence) stored once; a replay acknowledged, a reused
/// sequence or another site's event refused with nothing stored.
@Suite(.enabled(if: TestDatabase.runs)) struct ReceiveTests {
    func batch(_ sequences: ClosedRange<Int64>, site: String = "mairie", terminal: String? = "borne-1") -> [SiteEvent] {
        sequences.map { SiteEvent(sequence: $0, event: event("s\($0 / 3)", at: nineOClock + $0 * 1_000, site: site, terminal: terminal)) }
    }

    @Test func aBatchSentTwiceIsStoredOnce() async throws {
        let store = try await TestDatabase.freshStore()
        #expect(try await store.receive(batch(1...5), from: "mairie") == ReceivedBatch(stored: 5, alreadyStored: 0))
        #expect(try await store.receive(batch(1...5), from: "mairie") == ReceivedBatch(stored: 0, alreadyStored: 5))
        // Overlapping: the answer to the first was lost, and the site sent more meanwhile.
        #expect(try await store.receive(batch(4...8), from: "mairie") == ReceivedBatch(stored: 3, alreadyStored: 2))
        #expect(try await store.count(matching: .all) == 8)
        var read: [Int64] = []
        try await store.forEachEvent(matching: .all) { read.append(($0.time - nineOClock) / 1_000) }
        #expect(read == Array(1...8))
        store.close()
    }

    @Test func theSameSequenceOnAnotherTerminalOrSiteIsAnotherEvent() async throws {
        let store = try await TestDatabase.freshStore()
        _ = try await store.receive(batch(1...2), from: "mairie")
        #expect(try await store.receive(batch(1...2, terminal: "borne-2"), from: "mairie") == ReceivedBatch(stored: 2, alreadyStored: 0))
        #expect(try await store.receive(batch(1...2, terminal: nil), from: "mairie") == ReceivedBatch(stored: 2, alreadyStored: 0))
        #expect(try await store.receive(batch(1...2, site: "ccas"), from: "ccas") == ReceivedBatch(stored: 2, alreadyStored: 0))
        #expect(try await store.count(matching: .all) == 8)
        store.close()
    }

    @Test func aReusedSequenceWithOtherContentRefusesTheWholeBatch() async throws {
        let store = try await TestDatabase.freshStore()
        _ = try await store.receive(batch(1...3), from: "mairie")
        var changed = batch(3...6)
        changed[0].event.kind = .abandoned
        await #expect(throws: SiteSyncError.sequenceReused(site: "mairie", terminal: "borne-1", sequence: 3)) {
            try await store.receive(changed, from: "mairie")
        }
        // Events 4 to 6 came in the refused batch: none of them is stored.
        #expect(try await store.count(matching: .all) == 3)
        store.close()
    }

    @Test func aBatchOfStoredNewAndRepeatedEventsStoresEachNewOneOnce() async throws {
        let store = try await TestDatabase.freshStore()
        _ = try await store.receive(batch(1...2), from: "mairie")
        // 2 is stored already; 3 comes twice with the same content; 4 is new.
        let mixed = batch(2...3) + batch(3...4)
        #expect(try await store.receive(mixed, from: "mairie") == ReceivedBatch(stored: 2, alreadyStored: 2))
        var read: [Int64] = []
        try await store.forEachEvent(matching: .all) { read.append(($0.time - nineOClock) / 1_000) }
        #expect(read == [1, 2, 3, 4])
        store.close()
    }

    @Test func aSequenceTwiceInOneBatchWithTwoContentsIsRefused() async throws {
        let store = try await TestDatabase.freshStore()
        var twice = batch(1...2)
        twice[1].sequence = 1
        await #expect(throws: SiteSyncError.sequenceReused(site: "mairie", terminal: "borne-1", sequence: 1)) {
            try await store.receive(twice, from: "mairie")
        }
        #expect(try await store.count(matching: .all) == 0)
        store.close()
    }

    @Test func aSiteKeyWritesOnlyItsOwnSitesEvents() async throws {
        let store = try await TestDatabase.freshStore()
        await #expect(throws: SiteSyncError.foreignSite(keySite: "mairie", eventSite: "ccas", sequence: 2)) {
            try await store.receive(batch(1...1) + batch(2...2, site: "ccas"), from: "mairie")
        }
        await #expect(throws: SiteSyncError.foreignSite(keySite: "mairie", eventSite: nil, sequence: 1)) {
            try await store.receive([SiteEvent(sequence: 1, event: event("s", at: nineOClock, site: nil))], from: "mairie")
        }
        #expect(try await store.count(matching: .all) == 0)
        store.close()
    }

    @Test func copiesOfABatchArrivingTogetherAreStoredOnce() async throws {
        let store = try await TestDatabase.freshStore()
        let events = batch(1...50)
        let results = try await withThrowingTaskGroup(of: ReceivedBatch.self) { group in
            for _ in 0..<4 { group.addTask { try await store.receive(events, from: "mairie") } }
            return try await group.reduce(into: [ReceivedBatch]()) { $0.append($1) }
        }
        #expect(results.map(\.stored).reduce(0, +) == 50)
        #expect(results.map(\.alreadyStored).reduce(0, +) == 150)
        #expect(try await store.count(matching: .all) == 50)
        store.close()
    }
}
