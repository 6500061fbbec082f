public import EventLog
import Foundation
import NIOCore
import PostgresNIO
public import ProcedureModel

extension PostgresEventStore: SiteEventReceiver {
    /// Stores the events of `site` not stored yet, exactly once per (site, terminal, sequence).
    ///
    /// One transaction, holding a lock on the site (a PostgreSQL advisory lock), so that two copies of
    /// the same batch arriving together are stored once: the second sees what the first stored. What
    /// is stored already is found by one index range per terminal of the batch (a batch is a slice of the
    /// site's log: nothing, or the part of it sent before), not by looking up each key: while a site's
    /// backlog came in faster than PostgreSQL's statistics followed, the look-up of 2 000 keys read every
    /// stored key of the site, each batch. The new keys then go in by a plain insert: the site's lock
    /// leaves no other writer of its keys (and the primary key refuses a second copy whatever happens).
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

    /// The digests already stored for the batch's (terminal, sequence) pairs of `site`: one index range
    /// scan per terminal, from its lowest sequence in the batch to its highest, keeping what the batch names.
    private static func storedDigests(
        of events: [SiteEvent], site: String, on connection: PostgresConnection, logger: Logger
    ) async throws -> [SiteKey: [UInt8]] {
        var ranges: [String: ClosedRange<Int64>] = [:]
        for event in events {
            let range = ranges[event.terminal].map { min($0.lowerBound, event.sequence)...max($0.upperBound, event.sequence) }
            ranges[event.terminal] = range ?? event.sequence...event.sequence
        }
        let terminals = ranges.map(\.key)
        let lowest = ranges.map(\.value.lowerBound)
        let highest = ranges.map(\.value.upperBound)
        // OFFSET 0 keeps the ranges apart: merged into one join, outdated statistics made it a hash of all the site's keys.
        let rows = try await connection.query(
            """
            SELECT s.terminal, s.sequence, s.digest FROM unnest(\(terminals)::text[], \(lowest)::bigint[], \(highest)::bigint[]) AS u(t, low, high)
            CROSS JOIN LATERAL (
                SELECT terminal, sequence, digest FROM site_event
                WHERE site = \(site) AND terminal = u.t AND sequence BETWEEN u.low AND u.high OFFSET 0
            ) AS s
            """, logger: logger)
        let named = Set(events.map { SiteKey(terminal: $0.terminal, sequence: $0.sequence) })
        var stored: [SiteKey: [UInt8]] = [:]
        for try await (terminal, sequence, digest) in rows.decode((String, Int64, ByteBuffer).self) {
            let key = SiteKey(terminal: terminal, sequence: sequence)
            if named.contains(key) { stored[key] = Array(buffer: digest) }
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
