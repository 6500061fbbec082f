import EventLog
import Foundation
import Testing

/// A central server and two sites as separate processes, the link between them broken in every way
/// the tests can: every event a site's log acknowledged reaches the central exactly once.
@Suite(.serialized) struct FaultTests {
    /// 2026-11-02 08:00 UTC: the events' own times, which have nothing to do with when they are shipped.
    let monday: Int64 = 1_793_606_400_000

    @Test func linkCutMidRequestAnswersLostThenRestored() async throws {
        let network = try await SyncNetwork(sites: 2)
        defer { network.stop() }
        try await network.append(300, terminals: ["borne-1", "borne-2"], start: monday)
        for site in network.sites { site.proxy.mode = .cutRequests(afterBytes: 700) }
        try await network.append(1_500, terminals: ["borne-1"], start: monday + 3_600_000)
        try await Task.sleep(for: .seconds(1.5))
        // The central stores these batches, but the sites never hear it: they send them again.
        for site in network.sites { site.proxy.mode = .dropAnswers }
        try await network.append(1_500, terminals: ["borne-2"], start: monday + 7_200_000)
        try await Task.sleep(for: .seconds(1.5))
        for site in network.sites { site.proxy.mode = .down }
        try await network.append(500, terminals: ["borne-3"], start: monday + 10_800_000)
        try await Task.sleep(for: .seconds(1))
        for site in network.sites { site.proxy.mode = .open }
        try await network.waitUntilShipped()
        let expected = try await network.siteCounts()
        #expect(expected.count == 6)
        #expect(try network.centralCounts() == expected)
        // The faults did happen: batches were cut, and batches stored were sent again.
        #expect(network.sites.allSatisfy { $0.server.lastLines(200).contains("sync: not shipped") })
        #expect(network.central.lastLines(400).contains("sync: replayed events acknowledged again"))
    }

    @Test func centralKilledMidBatchAndRestarted() async throws {
        let network = try await SyncNetwork(sites: 2)
        defer { network.stop() }
        try await appendThenShip(6_000, terminals: ["borne-1", "borne-2"], on: network)
        network.central.kill()
        try await network.append(1_000, terminals: ["borne-1"], start: monday + 86_400_000)
        try await network.central.start(in: network.folder)
        try await network.waitUntilShipped()
        #expect(try network.centralCounts() == (try await network.siteCounts()))
    }

    @Test func siteKilledMidBatchAndRestarted() async throws {
        let network = try await SyncNetwork(sites: 2)
        defer { network.stop() }
        try await appendThenShip(6_000, terminals: ["borne-1", "borne-2"], on: network)
        let killed = network.sites[0]
        killed.server.kill()
        // The site's log keeps taking events with its server down (as a restarted kiosk would write them).
        try await network.append(500, terminals: ["borne-3"], start: monday + 86_400_000)
        try await killed.server.start(in: network.folder)
        try await network.waitUntilShipped()
        #expect(try network.centralCounts() == (try await network.siteCounts()))
    }

    @Test func siteOfflineForADayThenReconnected() async throws {
        let network = try await SyncNetwork(sites: 2)
        defer { network.stop() }
        let offline = network.sites[1]
        offline.proxy.mode = .down
        // A day of a busy site: 12 000 events from three kiosks, one every 21.6 s on each.
        try await network.append(4_000, terminals: ["borne-1", "borne-2", "borne-3"], start: monday, spacing: 21_600)
        try await network.sites[0].store.waitUntilNothingWaits()
        let status = try await offline.store.syncStatus()
        #expect(status.waiting == 12_000)
        #expect(status.oldestWaiting == monday)
        #expect(status.lastError != nil)
        #expect(try await network.sites[0].store.syncStatus().lastSuccess != nil)
        offline.proxy.mode = .open
        try await network.waitUntilShipped()
        #expect(try network.centralCounts() == (try await network.siteCounts()))
        #expect(try await offline.store.syncStatus().lastSuccess != nil)
    }

    /// Appends with the links down, opens them, and waits until the sites have shipped some of their events
    /// and not all: a kill now lands mid-stream. The links stay down while appending because on a loaded
    /// machine the sites would otherwise ship most of it before the first count, and no progress could be seen.
    private func appendThenShip(_ count: Int, terminals: [String], on network: SyncNetwork) async throws {
        for site in network.sites { site.proxy.mode = .down }
        try await network.append(count, terminals: terminals, start: monday)
        let initial = try await network.waiting()
        for site in network.sites { site.proxy.mode = .open }
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            if try await network.waiting() < initial - 2_000 { return }
            try await Task.sleep(for: .milliseconds(20))
        }
        throw ServerSetupError("the sites shipped fewer than 2 000 of their \(initial) events in 60 s")
    }
}

extension SQLiteEventStore {
    func waitUntilNothingWaits() async throws {
        let deadline = Date().addingTimeInterval(60)
        while try await waiting().count > 0 {
            guard Date() < deadline else { throw ServerSetupError("\(path): events still waiting after 60 s") }
            try await Task.sleep(for: .milliseconds(100))
        }
    }
}
