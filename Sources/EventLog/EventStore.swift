public import ProcedureModel

/// The blockage log: an append-only store of ``GuideEvent``s behind one protocol.
///
/// SQLite through GRDB is the embedded default (one file in a data directory, one kiosk or one
/// site); other stores (PostgreSQL for many sites) implement the same protocol.
public protocol EventStore: Sendable {
    /// Appends events in one transaction. When this returns, they are committed: an acknowledged
    /// event is never lost, even if the process is killed the next instant.
    func append(_ events: [GuideEvent]) async throws

    /// Every event matching `filter`, grouped by session, in the order they happened within a session
    /// (events of the same millisecond in the order they were appended). Sessions come in the order
    /// their first event was appended, whether or not that event matches. Streams: memory stays flat
    /// on large logs.
    func forEachEvent(matching filter: EventFilter, _ body: (GuideEvent) throws -> Void) async throws

    /// The same events in the same order, handed to `body` in arrays of `size` (the last one may be
    /// shorter; a size below 1 counts as 1), for a `body` that suspends between them: the store
    /// reads ahead a few batches at most, so memory stays flat however large the log.
    func forEachBatch(matching filter: EventFilter, size: Int, _ body: ([GuideEvent]) async throws -> Void) async throws

    /// The events of ``forEachEvent(matching:_:)`` folded into up to `parts` values, one per run of
    /// whole sessions: `start` makes a part, `add` adds the next event of its run to it. The parts
    /// come back in session order (the sessions of the first, then those of the second…), so that a
    /// caller merging them in that order gets what one fold over every event would give. A store
    /// that can read several runs at once (on several cores) does; the default reads one run.
    func fold<Part: Sendable>(
        matching filter: EventFilter, parts: Int, start: @escaping @Sendable () -> Part,
        add: @escaping @Sendable (inout Part, GuideEvent) -> Void
    ) async throws -> [Part]

    /// Deletes every event that happened before `time` (ms since 1970); returns how many.
    func purge(before time: MillisecondsSince1970) async throws -> Int

    /// How many events match `filter`.
    func count(matching filter: EventFilter) async throws -> Int
}

extension EventStore {
    /// One part, from one walk of ``forEachEvent(matching:_:)``.
    public func fold<Part: Sendable>(
        matching filter: EventFilter, parts: Int, start: @escaping @Sendable () -> Part,
        add: @escaping @Sendable (inout Part, GuideEvent) -> Void
    ) async throws -> [Part] {
        var part = start()
        try await forEachEvent(matching: filter) { add(&part, $0) }
        return [part]
    }
}

/// Which events a report or an export looks at. `nil` means "any".
public struct EventFilter: Sendable, Hashable, Codable {
    public var procedure: String?
    /// Inclusive lower bound, ms since 1970.
    public var since: MillisecondsSince1970?
    /// Exclusive upper bound, ms since 1970.
    public var until: MillisecondsSince1970?
    public var channel: Channel?
    public var site: String?
    public var locale: String?

    public init(
        procedure: String? = nil, since: MillisecondsSince1970? = nil, until: MillisecondsSince1970? = nil, channel: Channel? = nil,
        site: String? = nil, locale: String? = nil
    ) {
        self.procedure = procedure
        self.since = since
        self.until = until
        self.channel = channel
        self.site = site
        self.locale = locale
    }

    public static let all = EventFilter()

    public func matches(_ event: GuideEvent) -> Bool {
        if let procedure, event.procedure != procedure { return false }
        if let since, event.time < since { return false }
        if let until, event.time >= until { return false }
        if let channel, event.channel != channel { return false }
        if let site, event.site != site { return false }
        if let locale, event.locale != locale { return false }
        return true
    }
}
