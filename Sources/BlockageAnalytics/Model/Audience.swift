/// For whom: a procedure's sessions split by channel, language and site.
public struct Audience: Sendable, Equatable, Codable {
    public var channels: [AudienceGroup]
    public var locales: [AudienceGroup]
    /// `name` is `nil` for sessions logged without a site.
    public var sites: [AudienceGroup]

    public init(channels: [AudienceGroup], locales: [AudienceGroup], sites: [AudienceGroup]) {
        self.channels = channels
        self.locales = locales
        self.sites = sites
    }
}

/// The sessions of one channel, one language or one site.
public struct AudienceGroup: Sendable, Equatable, Codable {
    public var name: String?
    public var started: Cell<Int>
    public var completionRate: Cell<Double>

    public init(name: String?, started: Cell<Int>, completionRate: Cell<Double>) {
        self.name = name
        self.started = started
        self.completionRate = completionRate
    }
}
