public import ProcedureModel

/// Where an event happened: what every event of a session keeps, stored once per log (SQLite's
/// `context`, PostgreSQL's `event_context`) and named by an id.
public struct EventContext: Hashable, Sendable {
    public var procedure: String
    public var version: String
    public var channel: Channel
    public var site: String?
    public var terminal: String?
    public var locale: String

    public init(_ event: GuideEvent) {
        procedure = event.procedure
        version = event.procedureVersion
        channel = event.channel
        site = event.site
        terminal = event.terminal
        locale = event.locale
    }

    public init(procedure: String, version: String, channel: Channel, site: String?, terminal: String?, locale: String) {
        (self.procedure, self.version, self.channel, self.site, self.terminal, self.locale) = (procedure, version, channel, site, terminal, locale)
    }
}

/// What happened, apart from who, when and where: stored once per log (SQLite's `happening`,
/// PostgreSQL's `event_happening`) and named by an id.
public struct EventHappening: Hashable, Sendable {
    public var kind: GuideEvent.Kind
    public var step: String?
    public var value: String?
    public var reason: String?
    public var count: Int?

    public init(_ event: GuideEvent) {
        kind = event.kind
        step = event.step
        value = event.value
        reason = event.reason
        count = event.count
    }

    public init(kind: GuideEvent.Kind, step: String?, value: String?, reason: String?, count: Int?) {
        (self.kind, self.step, self.value, self.reason, self.count) = (kind, step, value, reason, count)
    }
}
