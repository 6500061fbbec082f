public import EventLog
import Foundation
import NIOCore
import PostgresNIO
public import ProcedureModel

extension PostgresEventStore: SiteEventReceiver {
    /// Stores the events of `site` not stored yet, exactly once per (site, terminal, sequence).
    ///
    /// One transaction, holding a lock on the site (a PostgreSQL advisory lock), so that two copies of
    /// the same batch arriving together are stored once: the second sees what the first stored.
    public func receive(_ events: [SiteEvent], from site: String) async throws -> ReceivedBatch {
        for event in events where event.event.site != site {
            throw SiteSyncError.foreignSite(keySite: site, eventSite: event.event.site, sequence: event.sequence)
        }
        guard !events.isEmpty else { return ReceivedBatch(stored: 0, alreadyStored: 0) }
        let digests = events.map { Array(SiteEventDigest.of($0.event)) }
        try await makePartitions(for: events.map(\.event))
        let logger = database.logger
        let now = Int64((Date().timeIntervalSince1970 * 1000).rounded())
        return try await database.withTransaction { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(hashtextextended('ariane.site:' || \(site), 0))", logger: logger)
            let stored = try await Self.storedDigests(of: events, site: site, on: connection, logger: logger)
            var fresh: [Int] = []
            var seen: [SiteKey: [UInt8]] = [:]
            for (index, event) in events.enumerated() {
                let key = SiteKey(terminal: event.terminal, sequence: event.sequence)
                if let earlier = stored[key] ?? seen[key] {
                    guard earlier == digests[index] else {
                        throw SiteSyncError.sequenceReused(site: site, terminal: event.terminal, sequence: event.sequence)
                    }
                    continue
                }
                seen[key] = digests[index]
                fresh.append(index)
            }
            guard !fresh.isEmpty else { return ReceivedBatch(stored: 0, alreadyStored: events.count) }
            let terminals = fresh.map { events[$0].terminal }
            let sequences = fresh.map { events[$0].sequence }
            let digestBytes = fresh.map { ByteBuffer(bytes: digests[$0]) }
            try await connection.query(
                """
                INSERT INTO site_event (site, terminal, sequence, digest, received_at)
                SELECT \(site), t, s, d, \(now) FROM unnest(\(terminals)::text[], \(sequences)::bigint[], \(digestBytes)::bytea[]) AS u(t, s, d)
                """, logger: logger)
            try await self.copy(fresh.map { events[$0].event }, on: connection, logger: logger)
            return ReceivedBatch(stored: fresh.count, alreadyStored: events.count - fresh.count)
        }
    }

    /// The digests already stored for the batch's (terminal, sequence) pairs of `site`.
    private static func storedDigests(
        of events: [SiteEvent], site: String, on connection: PostgresConnection, logger: Logger
    ) async throws -> [SiteKey: [UInt8]] {
        let terminals = events.map(\.terminal)
        let sequences = events.map(\.sequence)
        let rows = try await connection.query(
            """
            SELECT s.terminal, s.sequence, s.digest FROM site_event s
            JOIN unnest(\(terminals)::text[], \(sequences)::bigint[]) AS u(t, q) ON s.terminal = u.t AND s.sequence = u.q
            WHERE s.site = \(site)
            """, logger: logger)
        var stored: [SiteKey: [UInt8]] = [:]
        for try await (terminal, sequence, digest) in rows.decode((String, Int64, ByteBuffer).self) {
            stored[SiteKey(terminal: terminal, sequence: sequence)] = Array(buffer: digest)
        }
        return stored
    }
}

/// An event's name within its site.
private struct SiteKey: Hashable {
    var terminal: String
    var sequence: Int64
}

extension PostgresEventStore {
    /// When each site's last events came (site name → ms since 1970), for `ariane site list`.
    public func lastReceived() async throws -> [String: MillisecondsSince1970] {
        let logger = database.logger
        return try await database.withConnection { connection in
            var times: [String: MillisecondsSince1970] = [:]
            let rows = try await connection.query("SELECT site, max(received_at) FROM site_event GROUP BY site", logger: logger)
            for try await (site, time) in rows.decode((String, Int64).self) { times[site] = time }
            return times
        }
    }
}
