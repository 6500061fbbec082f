public import ProcedureModel

/// A row of the `context` table with its names resolved: where every event of a session happened.
public struct StoredContext: Sendable {
    public let procedure: String
    public let version: String
    public let channel: Channel
    public let site: String?
    public let terminal: String?
    public let locale: String
    /// `false` only for ``missing``: no row has its id. Not an optional field, so that a fold reads
    /// the channel without unwrapping it at every session.
    public let exists: Bool

    static let columns = "id, procedure, version, channel, site, terminal, locale"

    /// Stands where no row has an id, so that the table can be an array without optionals.
    public static let missing = StoredContext()

    /// A context read from another store (PostgreSQL's `event_context`).
    public init(_ context: EventContext) {
        procedure = context.procedure
        version = context.version
        channel = context.channel
        site = context.site
        terminal = context.terminal
        locale = context.locale
        exists = true
    }

    private init() {
        procedure = ""
        version = ""
        channel = .kiosk
        site = nil
        terminal = nil
        locale = ""
        exists = false
    }

    /// Reads a row of ``columns``.
    init(row: RawStatement, names: NameTable) throws {
        let what = "context \(row.int64(0))"
        let channelCode = Int(row.int64(3))
        guard let procedure = try names.text(row.int64(1), in: what), let version = try names.text(row.int64(2), in: what),
            let locale = try names.text(row.int64(6), in: what),
            channelCode > 0, channelCode < StoredCodes.channelByCode.count, let channel = StoredCodes.channelByCode[channelCode]
        else {
            throw EventStoreError(path: names.path, problem: .inconsistent("\(what) is incomplete"))
        }
        self.procedure = procedure
        self.version = version
        self.channel = channel
        self.site = try names.text(row.int64(4), in: what)
        self.terminal = try names.text(row.int64(5), in: what)
        self.locale = locale
        exists = true
    }

    /// Fills in the fields of `event` that come from the context; `false` for ``missing``.
    func apply(to event: inout GuideEvent) -> Bool {
        guard exists else { return false }
        event.procedure = procedure
        event.procedureVersion = version
        event.channel = channel
        event.site = site
        event.terminal = terminal
        event.locale = locale
        return true
    }

    public func matches(_ filter: EventFilter) -> Bool {
        guard exists else { return false }
        if let wanted = filter.procedure, procedure != wanted { return false }
        if let wanted = filter.channel, channel != wanted { return false }
        if let wanted = filter.site, site != wanted { return false }
        if let wanted = filter.locale, locale != wanted { return false }
        return true
    }
}
