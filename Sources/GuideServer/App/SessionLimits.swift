/// How many anonymous sessions (kiosks and API clients) may run at once: each holds memory until it
/// ends, and anyone can open one, so the server keeps a bound per client address and overall.
///
/// When a bound is reached, the session of that address (or of anyone, for the overall bound) least
/// recently touched is ended as timed out, if it has been untouched for `idleSecondsBeforeEnding`:
/// a resident answering right now is never pushed out. If every session is in use, the new one is
/// refused (429 for one address, 503 for the server) and nothing changes.
public struct SessionLimits: Sendable, Hashable {
    /// A site's kiosks usually share one public address (one box, one NAT): 30 kiosks that each keep a
    /// session open and leave two more behind (a resident who walked away, a hand-off code being read)
    /// need 90, and an API client a few more.
    public var perAddress: Int
    public var overall: Int
    public var idleSecondsBeforeEnding: Int

    public init(perAddress: Int = 120, overall: Int = 10_000, idleSecondsBeforeEnding: Int = 60) {
        self.perAddress = perAddress
        self.overall = overall
        self.idleSecondsBeforeEnding = idleSecondsBeforeEnding
    }
}
