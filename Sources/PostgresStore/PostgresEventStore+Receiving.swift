public import EventLog
import Foundation
import NIOCore
import PostgresNIO
public import ProcedureModel

extension PostgresEventStore: SiteEventReceiver {
    /// Stores the events of `site` not stored yet, exactly once per (site, terminal, sequence).
    ///
    /// One transaction, holding a lock on the site (a PostgreSQL advisory lock), so that two copies of
    /// the same batch arriving together are stored once: the second sees what the first stored. The
    /// batch's keys are inserted at once, skipping those stored already (`ON CONFLICT DO NOTHING`): only
    /// those are looked up, to tell a replay from a reused sequence. A first look-up of every key cost
    /// more than the insert, and while a site's backlog was coming in faster than PostgreSQL's
    /// statistics followed, it read every stored key of the site for each batch.
    public func receive(_ events: [SiteEvent], from site: String) async throws -> ReceivedBatch {
        for event in events where event.event.site != site {
            throw SiteSyncError.foreignSite(keySite: site, eventSite: event.event.site, sequence: event.sequence)
        }
        guard !events.isEmpty else { return ReceivedBatch(stored: 0, alreadyStored: 0) }
        let digests = events.map { Array(SiteEventDigest.of($0.event)) }
        let keys = events.map { SiteKey(terminal: $0.terminal, sequence: $0.sequence) }
        // A key twice in the batch: the same event sent twice, or a reused sequence.
        var firsts: [Int] = []
        var seen: [SiteKey: Int] = [:]
        for index in events.indices {
            if let first = seen[keys[index]] {
                guard digests[first] == digests[index] else {
                    throw SiteSyncError.sequenceReused(site: site, terminal: events[index].terminal, sequence: events[index].sequence)
                }
                continue
            }
            seen[keys[index]] = index
            firsts.append(index)
        }
        try await makePartitions(for: events.map(\.event))
        let logger = database.logger
        let now = Int64((Date().timeIntervalSince1970 * 1000).rounded())
        return try await database.withTransaction { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(hashtextextended('ariane.site:' || \(site), 0))", logger: logger)
            let inserted = try await Self.insertNewKeys(
                firsts.map { keys[$0] }, digests: firsts.map { digests[$0] }, site: site, at: now, on: connection, logger: logger)
            let known = firsts.filter { !inserted.contains(keys[$0]) }
            if !known.isEmpty {
                // Thrown inside the transaction: the keys inserted above go with it, and nothing of the batch is stored.
                let stored = try await Self.storedDigests(of: known.map { keys[$0] }, site: site, on: connection, logger: logger)
                for index in known where stored[keys[index]] != digests[index] {
                    throw SiteSyncError.sequenceReused(site: site, terminal: events[index].terminal, sequence: events[index].sequence)
                }
            }
            let fresh = firsts.filter { inserted.contains(keys[$0]) }
            guard !fresh.isEmpty else { return ReceivedBatch(stored: 0, alreadyStored: events.count) }
            try await Self.copy(fresh.map { events[$0].event }, on: connection, logger: logger)
            return ReceivedBatch(stored: fresh.count, alreadyStored: events.count - fresh.count)
        }
    }

    /// Inserts the keys of `site` that are not stored yet, with their digests; returns those inserted.
    private static func insertNewKeys(
        _ keys: [SiteKey], digests: [[UInt8]], site: String, at now: Int64, on connection: PostgresConnection, logger: Logger
    ) async throws -> Set<SiteKey> {
        let terminals = keys.map(\.terminal)
        let sequences = keys.map(\.sequence)
        let digestBytes = digests.map { ByteBuffer(bytes: $0) }
        let rows = try await connection.query(
            """
            INSERT INTO site_event (site, terminal, sequence, digest, received_at)
            SELECT \(site), t, s, d, \(now) FROM unnest(\(terminals)::text[], \(sequences)::bigint[], \(digestBytes)::bytea[]) AS u(t, s, d)
            ON CONFLICT (site, terminal, sequence) DO NOTHING
            RETURNING terminal, sequence
            """, logger: logger)
        var inserted = Set<SiteKey>(minimumCapacity: keys.count)
        for try await (terminal, sequence) in rows.decode((String, Int64).self) {
            inserted.insert(SiteKey(terminal: terminal, sequence: sequence))
        }
        return inserted
    }

    /// The digests stored for `keys` of `site`. One index look-up per key (the `LIMIT` keeps the
    /// planner from turning it into a join over all the site's keys).
    private static func storedDigests(
        of keys: [SiteKey], site: String, on connection: PostgresConnection, logger: Logger
    ) async throws -> [SiteKey: [UInt8]] {
        let terminals = keys.map(\.terminal)
        let sequences = keys.map(\.sequence)
        let rows = try await connection.query(
            """
            SELECT u.t, u.q, s.digest FROM unnest(\(terminals)::text[], \(sequences)::bigint[]) AS u(t, q)
            CROSS JOIN LATERAL (
                SELECT digest FROM site_event WHERE site = \(site) AND terminal = u.t AND sequence = u.q LIMIT 1
            ) AS s
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
