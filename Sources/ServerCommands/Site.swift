import ArgumentParser
import ArianeCLI
import EventLog
import Foundation
import ProcedureModel

/// `ariane site`: the sites allowed to send their events to this central server.
struct Site: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Register, list and revoke the sites that send their events to this central server.",
        subcommands: [Add.self, List.self, Revoke.self]
    )

    static func now() -> MillisecondsSince1970 { Int64(Date().timeIntervalSince1970 * 1000) }

    /// A time as `2026-12-06T15:15:10` (UTC), for the tables these commands print.
    static func time(_ milliseconds: MillisecondsSince1970) -> String {
        Date(timeIntervalSince1970: Double(milliseconds) / 1000).formatted(.iso8601.year().month().day().time(includingFractionalSeconds: false))
    }

    /// Runs `change` on the registry in the central server's log; a refusal is said with the file
    /// and ends the command with status 1.
    static func change<T>(in store: StoreOptions, _ change: (any SiteRegistry) async throws -> T) async throws -> T {
        let registry = try await CentralLog.open(store).registry
        do {
            return try await change(registry)
        } catch let error as SiteRegistryError {
            Console.error("error: \(store.path): \(error)")
            throw ExitCode.failure
        }
    }
}

extension Site {
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Register a site and print its key, once, alone on the last line (only its hash is kept).")

        @Argument(help: "The site's name, as its events carry it: letters, digits, '.', '-' or '_'.")
        var name: String

        @OptionGroup var store: StoreOptions

        func run() async throws {
            let key = try await Site.change(in: store) { try await $0.add(name: name, at: Site.now()) }
            Console.out("added site '\(name)'; its key, shown only now (put it in the file given to --site-key-file):")
            Console.out(key)
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the sites: when added, when revoked, when their last events came.")

        @OptionGroup var store: StoreOptions

        func run() async throws {
            let central = try await CentralLog.open(store)
            let sites = try await central.registry.sites()
            let received = try await central.lastReceived()
            let rows =
                [["site", "added", "revoked", "last events received"]]
                + sites.map { site in
                    [site.name, Site.time(site.addedAt), site.revokedAt.map(Site.time) ?? "-", received[site.name].map(Site.time) ?? "never"]
                }
            let widths = (0..<4).map { column in rows.map { $0[column].count }.max() ?? 0 }
            for row in rows {
                let cells = zip(row, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }
                Console.out(cells.joined(separator: "  ").trimmingCharacters(in: .whitespaces))
            }
        }
    }

    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Revoke a site's key: it sends nothing more; its events stay, and its name stays taken.")

        @Argument(help: "The site's name.")
        var name: String

        @OptionGroup var store: StoreOptions

        func run() async throws {
            try await Site.change(in: store) { try await $0.revoke(name: name, at: Site.now()) }
            Console.out("revoked site '\(name)'")
        }
    }
}
