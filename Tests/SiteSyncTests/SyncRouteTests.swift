import EventLog
import Foundation
import ProcedureModel
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `POST /api/v1/sync/events` on a real central server: who may send, and what is refused.
@Suite(.serialized) struct SyncRouteTests {
    func post(_ body: Data, key: String?, to central: ServerProcess) async throws -> (status: Int, body: String) {
        guard let url = URL(string: "http://127.0.0.1:\(central.port)/api/v1/sync/events") else { throw ServerSetupError("bad address") }
        var request = URLRequest(url: url, timeoutInterval: 30)
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        if let key { request.setValue("Bearer \(key)", forHTTPHeaderField: "Authorization") }
        request.httpBody = body
        let (data, response) = try await URLSession.shared.data(for: request)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    func batch(_ events: [SiteEvent]) throws -> Data {
        try JSONEncoder().encode(SiteEventBatch(events: events))
    }

    @Test func theCentralTakesOnlyItsSitesOwnEventsOnce() async throws {
        let network = try await SyncNetwork(sites: 0)
        defer { network.stop() }
        let central = network.central
        // Unique to the run: on PostgreSQL, runs share one database.
        let lyon = "lyon-" + UUID().uuidString.prefix(8).lowercased()
        let key =
            try Ariane.output(["site", "add", lyon, "--db", network.centralDatabase], in: network.folder)
            .split(separator: "\n").last.map(String.init) ?? ""
        let events = sampleEvents(site: lyon, terminal: "borne-1", count: 4, start: 9_000).enumerated().map {
            SiteEvent(sequence: Int64($0.offset + 1), event: $0.element)
        }

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

    @Test func aBatchPastTheLimitIs413() async throws {
        let network = try await SyncNetwork(sites: 0)
        defer { network.stop() }
        let key =
            try Ariane.output(["site", "add", "lyon-" + UUID().uuidString.prefix(8).lowercased(), "--db", network.centralDatabase], in: network.folder)
            .split(separator: "\n").last.map(String.init) ?? ""
        let huge = Data(repeating: UInt8(ascii: " "), count: (32 << 20) + 1)
        #expect(try await post(huge, key: key, to: network.central).status == 413)
    }
}
