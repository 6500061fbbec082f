import ArianeTestFixtures
import EventLog
import Foundation
import ProcedureModel

/// A central server and its sites, each an `ariane serve` process, each site behind its own
/// ``TCPProxy``: the network the fault tests break.
///
/// The central's log is SQLite in the test's folder, or the PostgreSQL database named by
/// `ARIANE_TEST_POSTGRES` (`postgres://…`): site names are unique to each run, so runs sharing
/// that database count only their own events.
final class SyncNetwork: @unchecked Sendable {
    struct Site {
        let name: String
        let folder: URL
        let proxy: TCPProxy
        let server: ServerProcess
        /// The site's own log, opened by the test too: what the test appends there is acknowledged
        /// when `append` returns, exactly as the site server's own appends are.
        let store: SQLiteEventStore
    }

    let folder: URL
    let centralDatabase: String
    let central: ServerProcess
    private(set) var sites: [Site] = []
    let procedures: URL

    init(sites count: Int) async throws {
        procedures = try fixtureFolder()
        folder = procedures.appendingPathComponent("network")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let environment = ProcessInfo.processInfo.environment
        centralDatabase = environment["ARIANE_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 } ?? folder.appendingPathComponent("central.sqlite").path
        central = try await ServerProcess(
            ["--data", folder.appendingPathComponent("central").path, "--db", centralDatabase, "--procedures", procedures.path, "--locales", procedures.path],
            port: try Loopback.freePort(), in: folder, name: "central")
        let run = UUID().uuidString.prefix(8).lowercased()
        for index in 0..<count {
            sites.append(try await startSite(named: "site\(index + 1)-\(run)"))
        }
    }

    private func startSite(named name: String) async throws -> Site {
        let siteFolder = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: siteFolder, withIntermediateDirectories: true)
        let added = try Ariane.output(["site", "add", name, "--db", centralDatabase], in: folder)
        let keyFile = siteFolder.appendingPathComponent("site.key")
        try Data((added.split(separator: "\n").last ?? "").utf8).write(to: keyFile)
        let proxy = try TCPProxy(to: central.port)
        let server = try await ServerProcess(
            [
                "--data", siteFolder.path, "--site", name, "--terminal", "borne-1", "--upstream", "http://127.0.0.1:\(proxy.port)",
                "--site-key-file", keyFile.path, "--sync-retry-max", "0.5", "--procedures", procedures.path, "--locales", procedures.path,
            ], port: try Loopback.freePort(), in: folder, name: name)
        let store = try SQLiteEventStore(path: siteFolder.appendingPathComponent(DataLocation.databaseFileName).path)
        return Site(name: name, folder: siteFolder, proxy: proxy, server: server, store: store)
    }

    /// Appends `count` events per terminal to each site's log, `spacing` ms apart from `start`.
    func append(_ count: Int, terminals: [String], start: MillisecondsSince1970, spacing: MillisecondsSince1970 = 1_000) async throws {
        for site in sites {
            for terminal in terminals {
                for batch in sampleEvents(site: site.name, terminal: terminal, count: count, start: start, spacing: spacing).chunked(by: 500) {
                    try await site.store.append(Array(batch))
                }
            }
        }
    }

    /// Waits until no site has an event left to ship; throws after a minute, with the sites' last lines.
    func waitUntilShipped() async throws {
        for site in sites {
            do {
                try await site.store.waitUntilNothingWaits()
            } catch {
                throw ServerSetupError("\(error)\n\(site.server.lastLines)\n\(central.lastLines)")
            }
        }
    }

    /// Events waiting on all sites together.
    func waiting() async throws -> Int {
        var total = 0
        for site in sites { total += try await site.store.waiting().count }
        return total
    }

    /// Events per "site/terminal" in every site's own log.
    func siteCounts() async throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for site in sites {
            try await site.store.forEachEvent(matching: .all) { event in
                counts["\(event.site ?? site.name)/\(event.terminal ?? "")", default: 0] += 1
            }
        }
        return counts
    }

    /// Events per "site/terminal" in the central's log, of this network's sites, read back with `ariane export`.
    func centralCounts() throws -> [String: Int] {
        let names = Set(sites.map(\.name))
        var counts: [String: Int] = [:]
        let lines = try Ariane.output(["export", "--format", "jsonl", "--db", centralDatabase], in: folder).split(separator: "\n")
        for line in lines {
            let event = try JSONDecoder().decode(GuideEvent.self, from: Data(line.utf8))
            guard let site = event.site, names.contains(site) else { continue }
            counts["\(site)/\(event.terminal ?? "")", default: 0] += 1
        }
        return counts
    }

    func stop() {
        for site in sites {
            site.server.stop()
            site.proxy.close()
        }
        central.stop()
    }
}

extension Array {
    func chunked(by size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}
