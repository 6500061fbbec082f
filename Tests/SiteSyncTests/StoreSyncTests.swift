import EventLog
import Foundation
import ProcedureModel
import Testing

/// The SQLite store as a site's outbox and as the central's receiver.
@Suite struct StoreSyncTests {
    func temporaryStore() throws -> SQLiteEventStore {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ariane-sync-\(UUID().uuidString)")
        return try SQLiteEventStore(path: folder.appendingPathComponent("log.sqlite").path)
    }

    @Test func theOutboxGivesEventsAfterTheMarkInOrderAndTheMarkNeverGoesBack() async throws {
        let site = try temporaryStore()
        let events = sampleEvents(site: "lyon", terminal: "borne-1", count: 25, start: 1_000_000)
        try await site.append(Array(events[..<10]))
        try await site.append(Array(events[10...]))
        #expect(try await site.shippedThrough() == 0)
        #expect(try await site.waiting() == (25, 1_000_000))
        let first = try await site.events(after: 0, limit: 10)
        #expect(first.map(\.sequence) == Array(1...10))
        #expect(first.map(\.event) == Array(events[..<10]))
        try await site.markShipped(through: 10)
        try await site.markShipped(through: 4)
        #expect(try await site.shippedThrough() == 10)
        #expect(try await site.waiting() == (15, 1_010_000))
        let rest = try await site.events(after: 10, limit: 100)
        #expect(rest.map(\.event) == Array(events[10...]))
        try await site.markShipped(through: 25)
        #expect(try await site.waiting().count == 0)
        #expect(try await site.events(after: 25, limit: 10).isEmpty)
    }

    @Test func theCentralStoresEachEventOnceAndAcknowledgesAReplay() async throws {
        let central = try temporaryStore()
        let batch = sampleEvents(site: "lyon", terminal: "borne-1", count: 30, start: 5_000).enumerated().map {
            SiteEvent(sequence: Int64($0.offset + 1), event: $0.element)
        }
        #expect(try await central.receive(Array(batch[..<20]), from: "lyon") == ReceivedBatch(stored: 20, alreadyStored: 0))
        #expect(try await central.receive(batch, from: "lyon") == ReceivedBatch(stored: 10, alreadyStored: 20))
        #expect(try await central.count(matching: .all) == 30)
        #expect(try await central.lastReceived().keys.sorted() == ["lyon"])
        // The same sequence from another terminal is another event.
        var other = batch[0]
        other.event.terminal = "borne-2"
        #expect(try await central.receive([other], from: "lyon") == ReceivedBatch(stored: 1, alreadyStored: 0))
    }

    @Test func aReusedSequenceOrAForeignSiteRefusesTheWholeBatch() async throws {
        let central = try temporaryStore()
        let events = sampleEvents(site: "lyon", terminal: "borne-1", count: 3, start: 5_000)
        _ = try await central.receive([SiteEvent(sequence: 1, event: events[0])], from: "lyon")
        let reused = [SiteEvent(sequence: 2, event: events[1]), SiteEvent(sequence: 1, event: events[2])]
        await #expect(throws: SiteSyncError.sequenceReused(site: "lyon", terminal: "borne-1", sequence: 1)) {
            try await central.receive(reused, from: "lyon")
        }
        await #expect(throws: SiteSyncError.foreignSite(keySite: "nantes", eventSite: "lyon", sequence: 2)) {
            try await central.receive([SiteEvent(sequence: 2, event: events[1])], from: "nantes")
        }
        #expect(try await central.count(matching: .all) == 1)
        // Sequence 2 was not stored with the refused batch: it is new when it comes alone.
        #expect(try await central.receive([SiteEvent(sequence: 2, event: events[1])], from: "lyon").stored == 1)
    }

    @Test func theSyncStatusKeepsTheLastSuccessAndTheLastError() async throws {
        let site = try temporaryStore()
        try await site.append(sampleEvents(site: "lyon", terminal: nil, count: 3, start: 7_000))
        try await site.recordSyncFailure("no answer", at: 10)
        try await site.recordSyncSuccess(at: 20)
        let status = try await site.syncStatus()
        #expect(status.waiting == 3)
        #expect(status.oldestWaiting == 7_000)
        #expect(status.lastSuccess == 20)
        #expect(status.lastError == SyncStatus.Failure(time: 10, message: "no answer"))
    }
}
