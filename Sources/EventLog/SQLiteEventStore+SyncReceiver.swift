import Foundation
import GRDB
public import ProcedureModel

/// The central server's side on SQLite: `received` names each event stored from a site, with its digest.
extension SQLiteEventStore: SiteEventReceiver {
    public func receive(_ events: [SiteEvent], from site: String) async throws -> ReceivedBatch {
        let now = Int64(Date().timeIntervalSince1970 * 1000)
        return try await writeSync { db in
            let find = try db.cachedStatement(sql: "SELECT digest FROM received WHERE site = ? AND terminal = ? AND sequence = ?")
            let note = try db.cachedStatement(sql: "INSERT INTO received (site, terminal, sequence, digest) VALUES (?, ?, ?, ?)")
            var fresh: [GuideEvent] = []
            var alreadyStored = 0
            for event in events {
                guard event.event.site == site else {
                    throw SiteSyncError.foreignSite(keySite: site, eventSite: event.event.site, sequence: event.sequence)
                }
                let digest = SiteEventDigest.of(event.event)
                let name: StatementArguments = [site, event.terminal, event.sequence]
                if let stored = try Data.fetchOne(find, arguments: name) {
                    guard stored == digest else {
                        throw SiteSyncError.sequenceReused(site: site, terminal: event.terminal, sequence: event.sequence)
                    }
                    alreadyStored += 1
                } else {
                    try note.execute(arguments: name + [digest])
                    fresh.append(event.event)
                }
            }
            try self.write(fresh, in: db)
            try db.execute(
                sql: """
                    INSERT INTO site_reception (site, last_received_at) VALUES (?, ?)
                    ON CONFLICT (site) DO UPDATE SET last_received_at = excluded.last_received_at
                    """, arguments: [site, now])
            return ReceivedBatch(stored: fresh.count, alreadyStored: alreadyStored)
        }
    }

    /// When each site last sent a batch (stored or replayed), by site name: the central's view of
    /// which sites are alive.
    public func lastReceived() async throws -> [String: MillisecondsSince1970] {
        try await readSync { db in
            Dictionary(
                uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT site, last_received_at FROM site_reception").map { row in
                    (row[0] as String, row[1] as Int64)
                })
        }
    }
}
