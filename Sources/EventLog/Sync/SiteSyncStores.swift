public import ProcedureModel

/// A site's side of the sync: the events its own store acknowledged and the central server has not yet.
///
/// Implemented by ``SQLiteEventStore`` (a site always keeps its own SQLite log, so it works with the
/// line down). The shipper reads a batch after ``shippedThrough()``, sends it, and moves the mark only
/// when the central server has answered that every event in it is stored.
public protocol SiteOutbox: Sendable {
    /// Up to `limit` events appended after `sequence`, in sequence order.
    func events(after sequence: Int64, limit: Int) async throws -> [SiteEvent]
    /// The last sequence the central server acknowledged; 0 before the first.
    func shippedThrough() async throws -> Int64
    /// Records that the central server stored every event through `sequence`. The mark never goes back.
    func markShipped(through sequence: Int64) async throws
    /// How many events wait to be shipped, and when the oldest of them happened.
    func waiting() async throws -> (count: Int, oldest: MillisecondsSince1970?)
}

/// The central server's side: events received from sites, each stored exactly once.
///
/// Implemented by the SQLite store (one machine, tests) and the PostgreSQL store (the real central).
public protocol SiteEventReceiver: Sendable {
    /// Stores, in one transaction, the events of `site` not stored yet. An event whose
    /// `(site, terminal, sequence)` is already stored with the same content is counted in
    /// ``ReceivedBatch/alreadyStored``; one with a different content, or naming another site, throws
    /// ``SiteSyncError`` and the whole batch is refused (nothing stored).
    func receive(_ events: [SiteEvent], from site: String) async throws -> ReceivedBatch
}

/// A site registered on the central server.
public struct RegisteredSite: Sendable, Hashable, Codable {
    public var name: String
    public var addedAt: MillisecondsSince1970
    /// Set once the site's key is revoked: its key writes nothing more; its events stay.
    public var revokedAt: MillisecondsSince1970?

    public init(name: String, addedAt: MillisecondsSince1970, revokedAt: MillisecondsSince1970? = nil) {
        self.name = name
        self.addedAt = addedAt
        self.revokedAt = revokedAt
    }
}

/// The sites allowed to send events to the central server, each with its own secret key.
///
/// A key is shown once, when the site is added, and stored only hashed.
public protocol SiteRegistry: Sendable {
    /// Registers a site and returns its new key. Throws when the name is taken or not a valid site name.
    func add(name: String, at time: MillisecondsSince1970) async throws -> String
    /// Every registered site, by name, revoked ones included.
    func sites() async throws -> [RegisteredSite]
    /// Revokes a site's key; throws when no such site.
    func revoke(name: String, at time: MillisecondsSince1970) async throws
    /// The site this key belongs to, if registered and not revoked.
    func site(forKey key: String) async throws -> String?
}
