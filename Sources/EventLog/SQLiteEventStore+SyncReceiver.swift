import Foundation
import GRDB
import GRDBSQLite
public import ProcedureModel

/// The central server's side on SQLite: `received` names each event stored from a site, with its digest.
extension SQLiteEventStore: SiteEventReceiver {
    public func receive(_ events: [SiteEvent], from site: String) async throws -> ReceivedBatch {
        for event in events where event.event.site != site {
            throw SiteSyncError.foreignSite(keySite: site, eventSite: event.event.site, sequence: event.sequence)
        }
        // Hashed before taking the write lock: another site's batch can be written meanwhile.
        let digests = events.map { SiteEventDigest.of($0.event) }
        let now = Int64(Date().timeIntervalSince1970 * 1000)
        return try await writeSync { db in
            // A new event (nearly all of them) costs one statement: the insert that names it. Only
            // when the name is taken is the stored digest read, to tell a replay from a reused sequence.
            let note = try RawStatement(db, "INSERT OR IGNORE INTO received (site, terminal, sequence, digest) VALUES (?, ?, ?, ?)")
            let find = try RawStatement(db, "SELECT digest FROM received WHERE site = ? AND terminal = ? AND sequence = ?")
            note.bind(1, site)
            find.bind(1, site)
            var fresh: [GuideEvent] = []
            fresh.reserveCapacity(events.count)
            var alreadyStored = 0
            for (event, digest) in zip(events, digests) {
                note.bind(2, event.terminal)
                note.bind(3, event.sequence)
                note.bind(4, digest)
                try note.run()
                if note.changes == 1 {
                    fresh.append(event.event)
                    continue
                }
                find.bind(2, event.terminal)
                find.bind(3, event.sequence)
                let stored = try find.step() ? find.blob(0) : nil
                find.reset()
                guard stored == digest else {
                    throw SiteSyncError.sequenceReused(site: site, terminal: event.terminal, sequence: event.sequence)
                }
                alreadyStored += 1
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

extension RawStatement {
    /// Binds bytes as a BLOB; `index` counts from 1, as in SQLite.
    fileprivate func bind(_ index: Int32, _ bytes: Data) {
        // SQLITE_TRANSIENT: SQLite copies the bytes before `withUnsafeBytes` gives the buffer back.
        let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
        _ = bytes.withUnsafeBytes { sqlite3_bind_blob(handle, index, $0.baseAddress, Int32($0.count), transient) }
    }

    fileprivate func blob(_ column: Int32) -> Data {
        guard let bytes = sqlite3_column_blob(handle, column) else { return Data() }
        return Data(bytes: bytes, count: Int(sqlite3_column_bytes(handle, column)))
    }
}
