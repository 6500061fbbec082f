import Foundation
import GRDB

extension StoreFile {
    /// Creates a complete, migrated log at `path` all at once, so that another process opening the
    /// same path at the same moment sees either nothing or a whole Ariane log, never a half-made one.
    ///
    /// The log is built under a temporary name in the same folder, then hard-linked into place;
    /// if another process got there first, its log is kept and this one thrown away.
    static func create(_ path: String) throws(EventStoreError) {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw EventStoreError(path: path, problem: .cannotOpen("cannot create the folder \(folder.path)"))
        }
        let draft = folder.appendingPathComponent(".\(URL(fileURLWithPath: path).lastPathComponent).\(UUID().uuidString).creating").path
        defer {
            for suffix in ["", "-wal", "-shm"] { unlink(draft + suffix) }
        }
        do {
            let pool = try open(draft, fresh: true)
            // Everything into the main file: the draft's WAL is not linked along with it.
            try pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
            try pool.close()
        } catch {
            throw EventStoreError(path: path, problem: .cannotOpen("cannot create the event log: \(storeError(error, path: path))"))
        }
        if link(draft, path) != 0, errno != EEXIST {
            throw EventStoreError(path: path, problem: .cannotOpen(String(cString: strerror(errno))))
        }
    }

    /// Opens the pool on a file already known to be ours (or empty), and brings its schema up to date.
    static func open(_ path: String, fresh: Bool, durability: SQLiteEventStore.Durability = .processCrash) throws -> DatabasePool {
        var configuration = Configuration()
        configuration.label = "Ariane.events"
        // Several processes (a server, `ariane simulate`, `ariane purge`) may share the file.
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            // Lets a purge give space back to the disk (`incremental_vacuum`) without a full VACUUM.
            // Only possible before the first table exists.
            if fresh, !db.configuration.readonly { try db.execute(sql: "PRAGMA auto_vacuum = INCREMENTAL") }
        }
        let pool = try DatabasePool(path: path, configuration: configuration)
        if durability == .powerCut {
            // GRDB picks NORMAL for WAL; FULL syncs the WAL to the disk at every commit.
            try pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA synchronous = FULL") }
        }
        // The header looked at before opening may predate a write still in the WAL.
        let version = try pool.read { try Int.fetchOne($0, sql: "PRAGMA user_version") } ?? 0
        guard version <= StoreSchema.version else {
            throw EventStoreError(path: path, problem: .newerSchema(found: version, known: StoreSchema.version))
        }
        try StoreSchema.migrator.migrate(pool)
        try pool.write(StoreSchema.addMissingKinds)
        return pool
    }
}
