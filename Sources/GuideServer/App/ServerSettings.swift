public import PostgresStore

/// How `ariane serve` is set up: where it listens, where it reads and writes, how the kiosk behaves.
public struct ServerSettings: Sendable {
    public var host: String
    public var port: Int
    /// Holds the event database and rendered audio.
    public var dataDirectory: String
    public var proceduresDirectory: String
    public var localesDirectory: String
    /// Human recordings that replace synthesis: `<lang>/<procedure>/<step>[.<choice>].wav`.
    public var recordingsDirectory: String
    /// Seconds without a touch before the kiosk asks "Vous êtes toujours là ?".
    public var idleSeconds: Int
    /// How many times it asks before the session ends as abandoned and the screen resets. A page that
    /// cannot run its timer never does: the server ends the session one `idleSeconds`
    /// after the page would have (0 `idleSeconds`: neither does).
    public var idlePrompts: Int
    /// Whether each step's audio starts by itself.
    public var autoplayAudio: Bool
    /// The site and terminal recorded in kiosk events.
    public var site: String?
    public var terminal: String?
    /// Accounts, sign-in and attempt limits of the workers' console.
    public var console: ConsoleSettings
    /// Reverse proxies whose `X-Forwarded-For` names the client (see ``TrustedProxy``).
    public var trustedProxies: [TrustedProxy]
    /// Whether the console's and the kiosk's cookies are `Secure`: sent back over HTTPS only. Set it
    /// when browsers reach the server through a TLS proxy, and never over plain HTTP.
    public var secureCookies: Bool
    /// How long a connection may stay without a complete request head (a new connection, or one kept
    /// alive between requests) before it is closed.
    public var headerTimeoutSeconds: Int = 30
    /// See ``SessionLimits``.
    public var sessionLimits = SessionLimits()
    /// The address phones reach this server at (`https://mairie.example/`), for the QR code that
    /// carries a session on to a phone; `nil`: the address the kiosk itself used.
    public var publicURL: String?
    /// Where the site is, for the nearest help points (`directory.sqlite` in the data folder); nil: none shown.
    public var sitePlace: SitePlace?
    /// The central PostgreSQL database that holds the console's accounts, saved sessions and notes
    /// when the server runs on it (`serve --db postgres://…`); nil: `accounts.sqlite` in the data folder.
    public var accountsDatabase: PostgresPool?
    /// The OpenFisca-France web API the kiosk's estimates ask (`--openfisca`); `nil`: no estimate, the
    /// estimate steps show their own text.
    public var openFisca: String? = nil
    /// How long a kiosk estimate may take before the step shows its own text instead (`--openfisca-timeout`).
    public var openFiscaTimeoutSeconds: Double = 10
    /// The INSEE code of the site's commune, for the housing-aid zone of estimates (`--commune`).
    public var commune: String? = nil

    public init(
        host: String = "127.0.0.1", port: Int = 8080, dataDirectory: String, proceduresDirectory: String = "procedures",
        localesDirectory: String = "locales", recordingsDirectory: String = "recordings", idleSeconds: Int = 90, idlePrompts: Int = 2,
        autoplayAudio: Bool = false,
        site: String? = nil, terminal: String? = nil, console: ConsoleSettings = ConsoleSettings(),
        trustedProxies: [TrustedProxy] = [], secureCookies: Bool = false
    ) {
        self.host = host
        self.port = port
        self.dataDirectory = dataDirectory
        self.proceduresDirectory = proceduresDirectory
        self.localesDirectory = localesDirectory
        self.recordingsDirectory = recordingsDirectory
        self.idleSeconds = idleSeconds
        self.idlePrompts = idlePrompts
        self.autoplayAudio = autoplayAudio
        self.site = site
        self.terminal = terminal
        self.console = console
        self.trustedProxies = trustedProxies
        self.secureCookies = secureCookies
    }
}
