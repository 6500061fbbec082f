import EventLog
import Foundation
import ProcedureModel
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `POST /api/v1/sync/events` on a real central server: who may send, and what is refused.
@Suite(.serialized) struct SyncRouteTests {
    func post(
        _ body: Data, key: String?, to central: ServerProcess, contentType: String = "application/json"
    ) async throws -> (status: Int, body: String) {
        guard let url = URL(string: "http://127.0.0.1:\(central.port)/api/v1/sync/events") else { throw ServerSetupError("bad address") }
        var request = URLRequest(url: url, timeoutInterval: 30)
        request.httpMethod = "POST"
        request.setValue(contentType, forHTTPHeaderField: "Content-Type")
        if let key { request.setValue("Bearer \(key)", forHTTPHeaderField: "Authorization") }
        request.httpBody = body
        let (data, response) = try await URLSession.shared.data(for: request)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    /// A new site on the network's central, named uniquely to the run (on PostgreSQL, runs share one
    /// database), with its key and `count` events of its own numbered from 1.
    func addSite(to network: SyncNetwork, events count: Int) throws -> (name: String, key: String, events: [SiteEvent]) {
        let name = "lyon-" + UUID().uuidString.prefix(8).lowercased()
        let key =
            try Ariane.output(["site", "add", name, "--db", network.centralDatabase], in: network.folder)
            .split(separator: "\n").last.map(String.init) ?? ""
        let events = sampleEvents(site: name, terminal: "borne-1", count: count, start: 9_000).enumerated().map {
            SiteEvent(sequence: Int64($0.offset + 1), event: $0.element)
        }
        return (name, key, events)
    }

    func batch(_ events: [SiteEvent]) throws -> Data {
        try JSONEncoder().encode(SiteEventBatch(events: events))
    }

    @Test func theCentralTakesOnlyItsSitesOwnEventsOnce() async throws {
        let network = try await SyncNetwork(sites: 0)
        defer { network.stop() }
        let central = network.central
        let (lyon, key, events) = try addSite(to: network, events: 4)

        #expect(try await post(try batch(events), key: nil, to: central).status == 401)
        #expect(try await post(try batch(events), key: String(repeating: "ab", count: 32), to: central).status == 401)
        #expect(try await post(Data("{\"events\": 3}".utf8), key: key, to: central).status == 400)

        let first = try await post(try batch(events), key: key, to: central)
        #expect(first.status == 200)
        #expect(try JSONDecoder().decode(ReceivedBatch.self, from: Data(first.body.utf8)) == ReceivedBatch(stored: 4, alreadyStored: 0))
        let replay = try await post(try batch(events), key: key, to: central)
        #expect(try JSONDecoder().decode(ReceivedBatch.self, from: Data(replay.body.utf8)) == ReceivedBatch(stored: 0, alreadyStored: 4))

        var changed = events[2]
        changed.event.step = "autre"
        let reused = try await post(try batch([changed]), key: key, to: central)
        #expect(reused.status == 409)
        #expect(reused.body.contains("sequence 3 was already stored with another content"))
        var foreign = events[0]
        foreign.sequence = 99
        foreign.event.site = "nantes"
        let refused = try await post(try batch([foreign]), key: key, to: central)
        #expect(refused.status == 409)
        #expect(refused.body.contains("names the site 'nantes'"))
        #expect(central.lastLines.contains("sync: batch refused"))

        _ = try Ariane.output(["site", "revoke", lyon, "--db", network.centralDatabase], in: network.folder)
        #expect(try await post(try batch(events), key: key, to: central).status == 401)
        let listed = try Ariane.output(["site", "list", "--db", network.centralDatabase], in: network.folder)
        let row = listed.split(separator: "\n").first { $0.hasPrefix(lyon) }
        #expect(row != nil)
        #expect(row?.contains(" - ") == false)
    }

    /// Sites are updated one at a time: the central takes JSON from those not updated yet and the
    /// compact format from the others, and knows an event sent once in each as the same event.
    @Test func theCentralTakesBothFormatsAsTheSameEvents() async throws {
        let network = try await SyncNetwork(sites: 0)
        defer { network.stop() }
        let (_, key, events) = try addSite(to: network, events: 6)
        let compact = SiteEventBinaryBatch.contentType
        let first = try await post(SiteEventBinaryBatch.encode(Array(events[..<4])), key: key, to: network.central, contentType: compact)
        #expect(first.status == 200)
        #expect(try JSONDecoder().decode(ReceivedBatch.self, from: Data(first.body.utf8)) == ReceivedBatch(stored: 4, alreadyStored: 0))
        let json = try await post(try batch(events), key: key, to: network.central)
        #expect(try JSONDecoder().decode(ReceivedBatch.self, from: Data(json.body.utf8)) == ReceivedBatch(stored: 2, alreadyStored: 4))
        let replay = try await post(SiteEventBinaryBatch.encode(events), key: key, to: network.central, contentType: compact + "; charset=binary")
        #expect(try JSONDecoder().decode(ReceivedBatch.self, from: Data(replay.body.utf8)) == ReceivedBatch(stored: 0, alreadyStored: 6))

        var changed = events[2]
        changed.event.step = "autre"
        let reused = try await post(SiteEventBinaryBatch.encode([changed]), key: key, to: network.central, contentType: compact)
        #expect(reused.status == 409)
        let damaged = try await post(try batch(events), key: key, to: network.central, contentType: compact)
        #expect(damaged.status == 400)
        #expect(damaged.body.contains("byte 0: not a batch of site events"))
    }

    @Test func aBatchPastTheLimitIs413() async throws {
        let network = try await SyncNetwork(sites: 0)
        defer { network.stop() }
        let key = try addSite(to: network, events: 0).key
        let huge = Data(repeating: UInt8(ascii: " "), count: (32 << 20) + 1)
        #expect(try await post(huge, key: key, to: network.central).status == 413)
    }
}
