import ArgumentParser
import ArianeCLI
import EventLog
import Foundation
import GuideServer
import Logging
import Metrics
import PostgresStore
import Prometheus

/// `ariane serve`: the kiosk, the workers' console, the analysts' dashboard and the JSON API.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start the Ariane server: kiosk, console, dashboard and JSON API, on the embedded SQLite store or a central PostgreSQL database."
    )

    @Option(help: "Address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on.")
    var port = 8080

    @Option(help: "Data folder (event log, accounts, audio cache). Default: $ARIANE_DATA, else ~/.local/share/ariane.")
    var data: String?

    @Option(
        help: ArgumentHelp(
            "The event database: an SQLite file, or postgres://USER[:PASSWORD]@HOST:PORT/DATABASE, which then holds the accounts too. Default: $ARIANE_DB, else ariane.sqlite in the data folder.",
            valueName: "path-or-url"))
    var db: String?

    @Option(help: "Folder of procedures.")
    var procedures = "procedures"

    @Option(help: "Folder of translations (XLIFF).")
    var locales = "locales"

    @Option(help: "Folder of human recordings, which the kiosk plays instead of synthesis; approved console recordings go there.")
    var recordings = "recordings"

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

    @Option(help: ArgumentHelp("The central server this site ships its events to (with --site and --site-key-file).", valueName: "url"))
    var upstream: String?

    @Option(help: ArgumentHelp("The file holding this site's key, as `ariane site add` printed it on the central server.", valueName: "file"))
    var siteKeyFile: String?

    @Option(help: "Longest wait, in seconds, between two tries to reach the central server while it cannot be reached.")
    var syncRetryMax: Double = 60

    @Flag(
        help:
            "Mark the console's and the kiosk's cookies Secure, so that browsers send them back over HTTPS only: for a server behind a TLS proxy, whose https address every browser then uses."
    )
    var secureCookies = false

    @Option(
        name: .customLong("public-url"),
        help: ArgumentHelp(
            "The address residents' phones reach this server at, for the QR code that carries a session on to a phone. Default: the address the kiosk itself uses.",
            valueName: "url"))
    var publicURL: String?

    @Option(
        help: ArgumentHelp("Where the site is, for the nearest help points on the kiosk's help screens (from `ariane directory import`).", valueName: "lat,lon")
    )
    var near: String?

    @Option(
        help:
            "An OpenFisca-France web API (README, Estimates), e.g. http://127.0.0.1:5055: the kiosk estimates what a household may receive. Without it, estimate steps show their own text."
    )
    var openfisca: String?

    @Option(help: "Seconds a kiosk estimate may take before the step shows its own text instead.")
    var openfiscaTimeout: Double = 10

    @Option(help: "The INSEE code of the site's commune (93066 for Saint-Denis), for the housing-aid zone of estimates and the nearest help points.")
    var commune: String?

    func validate() throws {
        if let near, SitePlace(near: near) == nil { throw ValidationError("--near: \"\(near)\" is not LAT,LON in degrees (e.g. 48.8566,2.3522)") }
        _ = try proxies()
        if let publicURL, !(publicURL.hasPrefix("http://") || publicURL.hasPrefix("https://")) {
            throw ValidationError("--public-url takes an address starting with http:// or https://, not '\(publicURL)'")
        }
        try validateSync()
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
        let store = try await EventStoreLocation.resolve(database: db, data: data).open(durability: .powerCut)
        var settings = try settings(dataFolder: folder)
        // On PostgreSQL (migrated as it opened), the accounts live in the same database.
        settings.accountsDatabase = (store as? PostgresEventStore)?.database
        Console.out("Ariane: kiosk at http://\(host):\(port)/kiosk, console at /console, dashboard at /dashboard (Ctrl-C to stop)")
        if !settings.trustedProxies.isEmpty {
            Console.out(
                "Ariane: client addresses read from X-Forwarded-For on requests from \(settings.trustedProxies.map(\.description).joined(separator: ", "))")
        }
        if let openfisca { Console.out("Ariane: estimates asked of OpenFisca at \(openfisca)") }
        if secureCookies { Console.out("Ariane: cookies are Secure: browsers on other machines must use the https address") }
        let shipping = try shippingService(store: store as? SQLiteEventStore)
        if let upstream { Console.out("Ariane: site '\(site ?? "")' ships its events to \(upstream)") }
        // Any server takes events from the sites registered in its log (`ariane site add`): a central
        // server is a server that has sites.
        let central = CentralLog(store).map { CentralSync(receiver: $0.receiver, registry: $0.registry) }
        try await runServer(settings, store: store, registry: registry, central: central, background: shipping.map { [$0] } ?? [])
    }

    /// The server's settings from the options, once the data folder is chosen.
    func settings(dataFolder: String) throws -> ServerSettings {
        var settings = ServerSettings(
            host: host, port: port, dataDirectory: dataFolder, proceduresDirectory: procedures, localesDirectory: locales, recordingsDirectory: recordings,
            idleSeconds: idle, autoplayAudio: autoplay, site: site, terminal: terminal,
            trustedProxies: try proxies(), secureCookies: secureCookies
        )
        settings.sessionLimits.perAddress = sessionsPerAddress
        settings.publicURL = publicURL
        settings.sitePlace = near.flatMap { SitePlace(near: $0, inseeCode: commune) }
        settings.openFisca = openfisca
        settings.commune = commune
        settings.openFiscaTimeoutSeconds = openfiscaTimeout
        return settings
    }
}
