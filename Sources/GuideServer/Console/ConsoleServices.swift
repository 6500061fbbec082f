import Hummingbird
import HummingbirdAuth
import Synchronization

/// What the console's routes share: the accounts database, the signed-in sessions and the attempt
/// limits. (The sessions running at workers' desks are the ``SessionRunner``'s.)
final class ConsoleServices: Sendable {
    static let cookieName = "ariane-console"

    let settings: ConsoleSettings
    /// See ``ServerSettings/secureCookies``.
    let secureCookies: Bool
    let accounts: any AccountStore
    /// Server-side store of the console's cookie sessions (``ConsoleSignIn``), kept in memory.
    let signIns = MemoryPersistDriver()
    /// Failed sign-ins, per name typed at an address and per address: a stranger's guesses never slow
    /// the account's owner, who signs in from elsewhere.
    let logins: AttemptLimits
    /// Wrong hand-off codes, per worker account only: workers share their office's address, and one
    /// worker's mistypes must not hold up the others.
    let handOffs: AttemptLimits
    /// Labels of saved sessions reopened at a desk, until saved again.
    let deskLabels = DeskLabels()
    /// Desk sessions ended in the last 24 hours, still open to a note.
    let ended = EndedSessions()
    /// See ``decoyHash()``.
    private let decoy = Mutex<String?>(nil)

    init(settings: ServerSettings) throws {
        self.settings = settings.console
        secureCookies = settings.secureCookies
        if let database = settings.accountsDatabase {
            accounts = PostgresAccountStore(database: database)
        } else {
            accounts = try SQLiteAccountStore(dataDirectory: settings.dataDirectory)
        }
        let console = settings.console
        logins = AttemptLimits(
            perPerson: console.loginFailuresPerName, perAddress: console.loginFailuresPerAddress,
            windowSeconds: console.loginWindowSeconds)
        handOffs = AttemptLimits(perPerson: console.handOffFailures, perAddress: nil, windowSeconds: console.handOffWindowSeconds)
    }

    /// A hash checked when the name is unknown, so that the answer takes as long as for a wrong
    /// password. Made at the first sign-in attempt, whatever its name, not at start-up.
    func decoyHash() async -> String {
        if let hash = decoy.withLock({ $0 }) { return hash }
        let hash = await PasswordHash.make(RandomToken.make(bytes: 16), cost: settings.passwordCost)
        return decoy.withLock { stored in
            if stored == nil { stored = hash }
            return stored ?? hash
        }
    }

    /// Loads the `ariane-console` cookie session: HttpOnly, SameSite=Strict, for the whole site, and
    /// Secure with `--secure-cookies`.
    var sessionMiddleware: SessionMiddleware<AppContext> {
        SessionMiddleware(
            storage: signIns,
            configuration: SessionMiddlewareConfiguration(
                sessionCookieParameters: SessionCookieParameters(name: Self.cookieName, path: "/", secure: secureCookies, sameSite: .strict),
                keyPrefix: "console.",
                defaultSessionExpiration: .seconds(settings.idleSeconds)
            )
        )
    }

    /// The key of a client address in the per-address limits.
    static func addressKey(_ context: AppContext) -> String {
        context.clientAddress ?? "unknown"
    }
}
