public import ProcedureModel

/// Where and for whom a session runs: copied into every event it logs.
///
/// Holds nothing that identifies a person: `sessionID` is random, chosen by the caller.
public struct SessionContext: Sendable, Hashable, Codable {
    /// Random, never derived from the person.
    public var sessionID: String
    public var channel: Channel
    public var site: String?
    public var terminal: String?
    /// The language the person reads and hears, e.g. `fr` or `ar`.
    public var locale: String

    public init(sessionID: String, channel: Channel, site: String? = nil, terminal: String? = nil, locale: String) {
        self.sessionID = sessionID
        self.channel = channel
        self.site = site
        self.terminal = terminal
        self.locale = locale
    }
}
