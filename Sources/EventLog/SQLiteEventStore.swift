import Foundation
import GRDB
public import ProcedureModel
import Synchronization

/// The embedded event log: one SQLite file, through GRDB, in WAL mode.
///
/// An append is committed when it returns: killing the process the next instant loses nothing.
/// Whether a power cut can lose the last appends is the ``Durability`` chosen at opening. Readers
/// see a consistent snapshot while a writer appends. A file that is not an Ariane event log, or
/// comes from a newer Ariane, is refused before anything is written.
///
/// Every operation is `async` (the ``EventStore`` requirement): a walk reads its rows in a child task
/// while the caller's task assembles and uses the events, so a long walk uses both cores.
///
/// ```swift
/// let store = try SQLiteEventStore(path: DataLocation.databasePath())
/// try await store.append(events)
/// ```
public final class SQLiteEventStore: EventStore {
    /// The database file.
    public let path: String
    let pool: DatabasePool
    /// Touched only inside the pool's writer, which runs one write at a time.
    let cache = Mutex(AppendCache())

    /// What an acknowledged append survives.
    public enum Durability: Sendable, Hashable {
        /// The process killed, crashing or stopped: every acknowledged append is kept. A power cut
        /// or a crash of the whole machine may lose the last ones (never corrupt the file).
        /// SQLite's `synchronous = NORMAL` in WAL mode: the disk is synced at checkpoints only.
        case processCrash
        /// A power cut too: the disk is synced at every append (`synchronous = FULL`), which costs
        /// one disk flush per append (about 10 ms on this machine's disk).
        case powerCut
    }

    /// Opens the log at `path`, creating the file and its folder if needed and bringing an older
    /// schema up to date. Throws ``EventStoreError`` (and changes nothing) for a damaged, foreign or
    /// newer file.
    public init(path: String, durability: Durability = .processCrash) throws {
        self.path = path
        var state = try StoreFile.inspect(path)
        if state == .fresh, !FileManager.default.fileExists(atPath: path) {
            try StoreFile.create(path)
            state = try StoreFile.inspect(path)
        }
        do {
            pool = try StoreFile.open(path, fresh: state == .fresh, durability: durability)
        } catch {
            throw StoreFile.storeError(error, path: path)
        }
    }

    /// Closes the file now rather than when the store is released; later calls throw.
    ///
    /// Everything is first copied from the WAL into the main file: GRDB closes its writer before
    /// its read-only readers, so SQLite's own checkpoint at close never happens.
    public func close() throws {
        do {
            try pool.writeWithoutTransaction { db in
                // Not for long if another process is reading: the WAL is as safe as the main file.
                try db.execute(sql: "PRAGMA busy_timeout = 1000; PRAGMA wal_checkpoint(TRUNCATE)")
            }
            try pool.close()
        } catch {
            throw StoreFile.storeError(error, path: path)
        }
    }

    /// Caps the file at `pages` pages (SQLite's `max_page_count`): past it, appends fail as on a
    /// full disk. For tests.
    func limitSize(toPages pages: Int) throws {
        try pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA max_page_count = \(pages)") }
    }

    /// The writer's `PRAGMA synchronous`: 1 (NORMAL) or 2 (FULL). For tests.
    func synchronousLevel() throws -> Int {
        try pool.writeWithoutTransaction { try Int.fetchOne($0, sql: "PRAGMA synchronous") } ?? -1
    }

    // MARK: Appending

    public func append(_ events: [GuideEvent]) async throws {
        guard !events.isEmpty else { return }
        do {
            try await pool.write { db in try self.write(events, in: db) }
        } catch {
            throw StoreFile.storeError(error, path: path, unsaved: events.count)
        }
    }

    /// Appends inside the caller's transaction (an append, or a batch received from a site).
    func write(_ events: [GuideEvent], in db: Database) throws {
        let writer = try EventWriter(db)
        try cache.withLock { cache in
            do {
                try writer.append(events, cache: &cache)
            } catch {
                // The transaction rolls back: ids handed out during it no longer exist.
                cache = AppendCache()
                throw error
            }
        }
    }

    // MARK: Reading

    /// Every event matching `filter`: the rows are read in a child task while `body` runs in this one,
    /// so a long walk uses both cores.
    public func forEachEvent(matching filter: EventFilter, _ body: (GuideEvent) throws -> Void) async throws {
        do {
            try await EventPipeline.forEachChunk(in: pool, path: path, matching: filter) { chunk, assembler in
                try assembler.assemble(chunk, body)
            }
        } catch {
            throw StoreFile.storeError(error, path: path)
        }
    }

    public func count(matching filter: EventFilter) async throws -> Int {
        let path = path
        do {
            return try await pool.read { db in try EventReader(db, path: path).count(in: db, matching: filter) }
        } catch {
            throw StoreFile.storeError(error, path: path)
        }
    }
}
