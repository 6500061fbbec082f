import GRDB
public import ProcedureModel

extension SQLiteEventStore {
    /// Deletes every event before `time` (ms since 1970), then the sessions, contexts and names
    /// (answers among them) no event uses any more, and gives the space back to the disk.
    ///
    /// On a site that ships to a central server, an event not shipped yet stays, however old: it
    /// exists nowhere else (``heldForShipping(before:)`` counts them). Deleted pages are overwritten
    /// with zeros (`secure_delete`), so purged answers cannot be read back from the file.
    public func purge(before time: MillisecondsSince1970) async throws -> Int {
        do {
            let deleted = try await pool.write { db in try Self.deleteEvents(before: time, in: db) }
            if deleted > 0 { try await pool.writeWithoutTransaction(Self.giveSpaceBack) }
            return deleted
        } catch {
            throw StoreFile.storeError(error, path: path)
        }
    }

    /// How many events before `time` a purge keeps because this site has not shipped them to the
    /// central server yet; 0 on a log that ships nowhere.
    public func heldForShipping(before time: MillisecondsSince1970) async throws -> Int {
        do {
            return try await pool.read { db in
                guard let shipped = try Self.siteShippedMark(in: db) else { return 0 }
                return try Int.fetchOne(db, sql: "SELECT count(*) FROM event WHERE time < ? AND seq > ?", arguments: [time, shipped]) ?? 0
            }
        } catch {
            throw StoreFile.storeError(error, path: path)
        }
    }

    /// The `shipped` mark of a site's log, or `nil` when the log ships nowhere: a site is a log whose
    /// shipper has run at least once (it shipped, or recorded why it could not).
    private static func siteShippedMark(in db: Database) throws -> Int64? {
        let shipped = try Int64.fetchOne(db, sql: "SELECT value FROM counter WHERE name = 'shipped'") ?? 0
        let triedToShip = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM sync_state)") ?? false
        return shipped > 0 || triedToShip ? shipped : nil
    }

    /// SQLite's own check of the file and of the references between tables; empty when all is well.
    public func integrityProblems() throws -> [String] {
        do {
            return try pool.read { db in
                var problems = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
                let orphans: [(String, String)] = [
                    ("events without a session", "SELECT count(*) FROM event WHERE session NOT IN (SELECT id FROM session)"),
                    ("events without a context", "SELECT count(*) FROM event WHERE context NOT IN (SELECT id FROM context)"),
                    ("events without a happening", "SELECT count(*) FROM event WHERE happening NOT IN (SELECT id FROM happening)"),
                    ("happenings of an unknown kind", "SELECT count(*) FROM happening WHERE kind NOT IN (SELECT code FROM kind)"),
                ]
                for (what, sql) in orphans {
                    let count = try Int.fetchOne(db, sql: sql) ?? 0
                    if count > 0 { problems.append("\(count) \(what)") }
                }
                return problems
            }
        } catch {
            throw StoreFile.storeError(error, path: path)
        }
    }

    private static func deleteEvents(before time: Int64, in db: Database) throws -> Int {
        try db.execute(sql: "PRAGMA secure_delete = ON")
        let shipped = try siteShippedMark(in: db) ?? Int64.max
        try db.execute(sql: "DELETE FROM event WHERE time < ? AND seq <= ?", arguments: [time, shipped])
        let deleted = db.changesCount
        guard deleted > 0 else { return 0 }
        try db.execute(
            sql: """
                DELETE FROM session WHERE NOT EXISTS (SELECT 1 FROM event WHERE event.session = session.id);
                DELETE FROM context WHERE id NOT IN (SELECT DISTINCT context FROM event);
                DELETE FROM happening WHERE id NOT IN (SELECT DISTINCT happening FROM event);
                DELETE FROM name WHERE id NOT IN (
                    SELECT step FROM happening UNION SELECT value FROM happening UNION SELECT reason FROM happening
                    UNION SELECT procedure FROM context UNION SELECT version FROM context
                    UNION SELECT site FROM context UNION SELECT terminal FROM context UNION SELECT locale FROM context
                );
                -- Other processes learn that the ids they cached may be gone.
                UPDATE counter SET value = value + 1 WHERE name = 'generation';
                """)
        return deleted
    }

    private static func giveSpaceBack(_ db: Database) throws {
        try db.execute(sql: "PRAGMA incremental_vacuum")
        try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
    }
}
