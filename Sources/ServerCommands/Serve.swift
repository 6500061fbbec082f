import ArgumentParser
import ArianeCLI
import EventLog
import Foundation
import GuideServer
import Logging
import Metrics
import Prometheus

/// `ariane serve`: the kiosk, the workers' console, the analysts' dashboard and the JSON API.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start the Ariane server: kiosk, console, dashboard and JSON API, on the embedded SQLite store."
    )

    @Option(help: "Address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on.")
    var port = 8080

    @Option(help: "Data folder (event log, accounts, audio cache). Default: $ARIANE_DATA, else ~/.local/share/ariane.")
    var data: String?

    @Option(help: "The event database file. Default: ariane.sqlite in the data folder.")
    var db: String?

    @Option(help: "Folder of procedures.")
    var procedures = "procedures"

    @Option(help: "Folder of translations (XLIFF).")
    var locales = "locales"

    @Option(
        help:
            "Seconds without a touch before the kiosk asks whether the person is still there; the server ends kiosk sessions left untouched longer than the whole sequence (0: never)."
    )
    var idle = 90

    @Flag(help: "Start each step's audio by itself.")
    var autoplay = false

    @Option(help: "Site recorded in kiosk events (a town hall, a social centre).")
    var site: String?

    @Option(help: "Terminal id recorded in kiosk events.")
    var terminal: String?

    @Option(
        name: .customLong("trusted-proxy"),
        help: ArgumentHelp(
            "Address or range (127.0.0.1, ::1, 10.0.0.0/8) of a reverse proxy in front of the server; repeat for several. On requests from it, the client's address for the sign-in and hand-off code limits is read from X-Forwarded-For; from any other address that header is ignored.",
            valueName: "address"))
    var trustedProxies: [String] = []

    @Option(
        help:
            "Kiosk and API sessions that may run at once from one client address (a site's kiosks behind one NAT share one); at the bound, an idle one makes room."
    )
    var sessionsPerAddress = SessionLimits().perAddress

    @Flag(
        help:
            "Mark the console's and the kiosk's cookies Secure, so that browsers send them back over HTTPS only: for a server behind a TLS proxy, whose https address every browser then uses."
    )
    var secureCookies = false

    @Option(
        help:
            "An OpenFisca-France web API (README, Estimates), e.g. http://127.0.0.1:5055: the kiosk estimates what a household may receive. Without it, estimate steps show their own text."
    )
    var openfisca: String?

    @Option(help: "Seconds a kiosk estimate may take before the step shows its own text instead.")
    var openfiscaTimeout: Double = 10

    @Option(help: "The INSEE code of the site's commune (93066 for Saint-Denis), for the housing-aid zone of estimates.")
    var commune: String?

    func validate() throws {
        _ = try proxies()
        guard openfiscaTimeout > 0 else { throw ValidationError("--openfisca-timeout takes a number of seconds above 0, not \(openfiscaTimeout)") }
        guard sessionsPerAddress >= 1 else {
            throw ValidationError("--sessions-per-address takes 1 or more, not \(sessionsPerAddress)")
        }
    }

    /// The `--trusted-proxy` values, read.
    private func proxies() throws -> [TrustedProxy] {
        do {
            return try trustedProxies.map(TrustedProxy.init)
        } catch {
            throw ValidationError(error.description)
        }
    }

    func run() async throws {
        LoggingSystem.bootstrap { JSONLogHandler(label: $0) }
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        let folder = DataLocation.dataFolder(data: data)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        // A kiosk appends a few events per touch: syncing each to disk (about 10 ms) is cheap there,
        // and an acknowledged event then survives a power cut too, not only a killed process.
        let store = try SQLiteEventStore(path: DataLocation.databasePath(database: db, data: data), durability: .powerCut)
        let settings = try settings(dataFolder: folder)
        Console.out("Ariane: kiosk at http://\(host):\(port)/kiosk, console at /console, dashboard at /dashboard (Ctrl-C to stop)")
        if !settings.trustedProxies.isEmpty {
            Console.out(
                "Ariane: client addresses read from X-Forwarded-For on requests from \(settings.trustedProxies.map(\.description).joined(separator: ", "))")
        }
        if let openfisca { Console.out("Ariane: estimates asked of OpenFisca at \(openfisca)") }
        if secureCookies { Console.out("Ariane: cookies are Secure: browsers on other machines must use the https address") }
        try await runServer(settings, store: store, registry: registry)
    }

    /// The server's settings from the options, once the data folder is chosen.
    func settings(dataFolder: String) throws -> ServerSettings {
        var settings = ServerSettings(
            host: host, port: port, dataDirectory: dataFolder, proceduresDirectory: procedures, localesDirectory: locales,
            idleSeconds: idle, autoplayAudio: autoplay, site: site, terminal: terminal,
            trustedProxies: try proxies(), secureCookies: secureCookies
        )
        settings.sessionLimits.perAddress = sessionsPerAddress
        settings.openFisca = openfisca
        settings.commune = commune
        settings.openFiscaTimeoutSeconds = openfiscaTimeout
        return settings
    }
}
