public import EventLog
import Foundation
import ProcedureModel

/// Ships a site's waiting events to the central server, a batch at a time, and moves the shipped
/// mark only past what the central server acknowledged: a batch lost on the way (either way) is
/// sent again, and the central server recognises what it already stored.
public struct SiteShipper: Sendable {
    public let site: String
    public let store: SQLiteEventStore
    public let link: CentralLink
    public let batchSize: Int

    public init(site: String, store: SQLiteEventStore, link: CentralLink, batchSize: Int = 2_000) {
        self.site = site
        self.store = store
        self.link = link
        self.batchSize = max(1, batchSize)
    }

    /// Ships until nothing waits; returns how many events were shipped. On failure, records the
    /// error in the site's store (for `ariane sync --status`) and throws it; what was acknowledged
    /// before stays shipped.
    @discardableResult
    public func shipAll() async throws -> Int {
        var shipped = 0
        do {
            var batch = try await store.events(after: try await store.shippedThrough(), limit: batchSize)
            while let last = batch.last?.sequence {
                // The next batch is read while this one is on the line: the site's disk and the network overlap.
                async let next = store.events(after: last, limit: batchSize)
                _ = try await link.send(batch.map(stamped))
                try await store.markShipped(through: last)
                shipped += batch.count
                batch = try await next
            }
        } catch {
            try? await store.recordSyncFailure("\(error)", at: Self.now())
            throw error
        }
        // Nothing waiting means nothing was sent: no news of the line, and no write to the disk every second.
        if shipped > 0 { try await store.recordSyncSuccess(at: Self.now()) }
        return shipped
    }

    /// An event of this site's log that names no site (one recorded by a command rather than by the
    /// server) is this site's.
    func stamped(_ event: SiteEvent) -> SiteEvent {
        guard event.event.site == nil else { return event }
        var event = event
        event.event.site = site
        return event
    }

    static func now() -> MillisecondsSince1970 { Int64(Date().timeIntervalSince1970 * 1000) }
}
