public import ProcedureModel

/// An event in a site's own log, as the site ships it to the central server.
///
/// `(site, terminal, sequence)` names an event once in the whole network: the site is the one whose
/// key sent it, the terminal is the event's own (`""` when it has none), and the sequence is its
/// number in the site's log, increasing and never reused. The central server stores each such
/// triple once, so a batch sent twice (the answer lost on the way back) is not counted twice.
public struct SiteEvent: Sendable, Hashable, Codable {
    /// The event's number in the site's log: increasing in append order, never reused, even after a purge.
    public var sequence: Int64
    public var event: GuideEvent

    public init(sequence: Int64, event: GuideEvent) {
        self.sequence = sequence
        self.event = event
    }

    /// The terminal part of the event's name in the network.
    public var terminal: String { event.terminal ?? "" }
}

/// What the central server did with a batch: every event in it is now stored exactly once.
public struct ReceivedBatch: Sendable, Hashable, Codable {
    /// Events stored by this call.
    public var stored: Int
    /// Events that an earlier call had already stored, with the same content: acknowledged again, not stored twice.
    public var alreadyStored: Int

    public init(stored: Int, alreadyStored: Int) {
        self.stored = stored
        self.alreadyStored = alreadyStored
    }
}

/// Why the central server refused a batch. A refused batch stores nothing.
public enum SiteSyncError: Error, Sendable, Hashable {
    /// A sequence already stored for this site and terminal came again with a different content:
    /// a site whose log was rebuilt, or a key used by two sites. Never overwritten; logged.
    case sequenceReused(site: String, terminal: String, sequence: Int64)
    /// An event names another site than the key that sent it: a site key writes only its own events.
    case foreignSite(keySite: String, eventSite: String?, sequence: Int64)
}
