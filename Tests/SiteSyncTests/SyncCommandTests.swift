import EventLog
import Foundation
import Testing

/// `ariane sync --once` for cron: its exit status says whether all was shipped; `--status` says what waits.
@Suite(.serialized) struct SyncCommandTests {
    @Test func onceFailsWhileTheCentralIsUnreachableThenShipsEverything() async throws {
        let network = try await SyncNetwork(sites: 0)
        defer { network.stop() }
        // Unique to the run: on PostgreSQL, runs share one database.
        let mairie = "mairie-" + UUID().uuidString.prefix(8).lowercased()
        let key = try Ariane.output(["site", "add", mairie, "--db", network.centralDatabase], in: network.folder)
        let keyFile = network.folder.appendingPathComponent("mairie.key")
        try Data((key.split(separator: "\n").last ?? "").utf8).write(to: keyFile)
        let log = network.folder.appendingPathComponent("mairie.sqlite").path
        // Events recorded by a command name no site: they go under the site's name.
        try await SQLiteEventStore(path: log).append(sampleEvents(site: nil, terminal: "borne-1", count: 5, start: 1_000))
        let once = { (port: Int) in
            try Ariane.run(
                ["sync", "--once", "--db", log, "--upstream", "http://127.0.0.1:\(port)", "--site", mairie, "--site-key-file", keyFile.path],
                in: network.folder)
        }

        let failed = try once(try Loopback.freePort())
        #expect(failed.status == 1)
        #expect(failed.errors.contains("no answer"))
        #expect(failed.errors.contains("5 events still waiting"))
        let waiting = try Ariane.output(["sync", "--status", "--db", log], in: network.folder)
        #expect(waiting.contains("events waiting: 5"))
        #expect(waiting.contains("last success:   never"))
        #expect(waiting.contains("no answer"))

        let shipped = try once(network.central.port)
        #expect(shipped.status == 0)
        #expect(shipped.output.hasPrefix("shipped 5 events"))
        let status = try Ariane.output(["sync", "--status", "--db", log], in: network.folder)
        #expect(status.contains("events waiting: 0"))
        #expect(!status.contains("last success:   never"))
        let exported = try Ariane.output(["export", "--format", "jsonl", "--db", network.centralDatabase, "--site", mairie], in: network.folder)
        #expect(exported.split(separator: "\n").count == 5)
    }
}
