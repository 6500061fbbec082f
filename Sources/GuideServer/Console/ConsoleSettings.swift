/// How the workers' console guards itself: password cost, session lifetimes, attempt limits.
public struct ConsoleSettings: Sendable {
    /// bcrypt cost (log2 rounds, 4…31) of the decoy hash checked for unknown names, so that an unknown
    /// name takes as long to refuse as a wrong password. Lower it in tests only.
    public var passwordCost: UInt8
    /// A signed-in console session ends after this many seconds without a request.
    public var idleSeconds: Int
    /// Saved sessions and notes are forgotten after this many days.
    public var retentionDays: Int
    /// Failed sign-ins allowed per account name at one address, and per client address, within
    /// `loginWindowSeconds`, before each next attempt is delayed (``AttemptLimiter``).
    public var loginFailuresPerName: Int
    public var loginFailuresPerAddress: Int
    public var loginWindowSeconds: Int
    /// Wrong hand-off codes allowed per worker account within `handOffWindowSeconds`, before each next
    /// attempt is delayed.
    public var handOffFailures: Int
    public var handOffWindowSeconds: Int

    public init(
        passwordCost: UInt8 = 12, idleSeconds: Int = 8 * 60 * 60, retentionDays: Int = 30,
        loginFailuresPerName: Int = 5, loginFailuresPerAddress: Int = 20, loginWindowSeconds: Int = 15 * 60,
        handOffFailures: Int = 5, handOffWindowSeconds: Int = 10 * 60
    ) {
        self.passwordCost = min(max(passwordCost, 4), 31)
        self.idleSeconds = idleSeconds
        self.retentionDays = retentionDays
        self.loginFailuresPerName = loginFailuresPerName
        self.loginFailuresPerAddress = loginFailuresPerAddress
        self.loginWindowSeconds = loginWindowSeconds
        self.handOffFailures = handOffFailures
        self.handOffWindowSeconds = handOffWindowSeconds
    }

    var retentionMilliseconds: Int64 { Int64(retentionDays) * 24 * 60 * 60 * 1000 }
}
