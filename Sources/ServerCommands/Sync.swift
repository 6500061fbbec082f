import ArgumentParser
import ArianeCLI
import EventLog
import Foundation
import ProcedureModel
import SiteSync

/// `ariane sync`: a site's shipping of its events by hand or from cron, and its state.
struct Sync: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Ship this site's waiting events to the central server once (--once), or tell what waits (--status).",
        discussion: """
            --once exits 0 when nothing is left waiting, 1 when some events could not be shipped (the \
            error is printed and kept for --status). A running `ariane serve --upstream` ships by itself; \
            both may run at once: the central server stores each event once.
            """
    )

    @Flag(help: "Ship every waiting event now, then exit.")
    var once = false

    @Flag(help: "Print the events waiting, the age of the oldest, the last success and the last error.")
    var status = false

    @Option(help: ArgumentHelp("The central server's address (for --once).", valueName: "url"))
    var upstream: String?

    @Option(help: ArgumentHelp("This site's name, given to events that name none (for --once).", valueName: "name"))
    var site: String?

    @Option(help: ArgumentHelp("The file holding this site's key (for --once).", valueName: "file"))
    var siteKeyFile: String?

    @Option(help: "Events per request (for --once).")
    var batch = 2_000

    @Option(help: "Seconds one request may take, sent and answered, before it counts as lost (for --once).")
    var timeout: Double = 30

    @OptionGroup var store: StoreOptions

    func validate() throws {
        guard once != status else { throw ValidationError("say --once (ship now) or --status (tell what waits)") }
        guard batch >= 1 else { throw ValidationError("--batch takes 1 or more, not \(batch)") }
        guard timeout > 0 else { throw ValidationError("--timeout takes a number of seconds above 0, not \(timeout)") }
        if once {
            guard upstream != nil, site != nil, siteKeyFile != nil else {
                throw ValidationError("--once needs --upstream URL, --site NAME and --site-key-file FILE")
            }
        }
    }

    func run() async throws {
        let log = try store.openSQLite()
        if status {
            print(try await log.syncStatus())
            return
        }
        guard let upstream, let url = URL(string: upstream), let site, let siteKeyFile else { throw ExitCode.validationFailure }
        let link: CentralLink
        do {
            link = try CentralLink(upstream: url, keyFile: siteKeyFile, timeoutSeconds: timeout)
        } catch {
            Console.error("error: \(error)")
            throw ExitCode(2)
        }
        let started = Date()
        do {
            let shipped = try await SiteShipper(site: site, store: log, link: link, batchSize: batch).shipAll()
            let seconds = Date().timeIntervalSince(started)
            Console.out("shipped \(shipped) events in \(String(format: "%.2f", seconds)) s; none waiting")
        } catch {
            let left = (try? await log.waiting().count) ?? -1
            Console.error("error: \(error)")
            Console.error("\(left) events still waiting; they will go with the next try")
            throw ExitCode.failure
        }
    }

    private func print(_ status: SyncStatus) {
        Console.out("events waiting: \(status.waiting)")
        Console.out("oldest waiting: \(status.oldestWaiting.map(Site.time) ?? "-")")
        Console.out("last success:   \(status.lastSuccess.map(Site.time) ?? "never")")
        Console.out("last error:     \(status.lastError.map { "\(Site.time($0.time)) \($0.message)" } ?? "none")")
    }
}
