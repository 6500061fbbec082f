/// The body of `POST /api/v1/sync/events`: a batch of a site's events, in sequence order.
public struct SiteEventBatch: Sendable, Hashable, Codable {
    public var events: [SiteEvent]

    public init(events: [SiteEvent]) {
        self.events = events
    }
}
