import ArgumentParser
import ArianeCLI
import EventLog
import PostgresStore
import ProcedureModel

/// The central server's side of a log, SQLite or PostgreSQL: the sites it knows and what they sent.
///
/// `ariane serve`, `ariane site` and the sync endpoint take it from the store they opened, so a
/// central on PostgreSQL keeps its sites in the same database as their events.
struct CentralLog {
    let receiver: any SiteEventReceiver
    let registry: any SiteRegistry
    /// When each site's last events came (site name → ms since 1970).
    let lastReceived: @Sendable () async throws -> [String: MillisecondsSince1970]

    /// The central side of `store`; `nil` for a store that keeps no sites (the in-memory one).
    init?(_ store: any EventStore) {
        if let sqlite = store as? SQLiteEventStore {
            receiver = sqlite
            registry = SQLiteSiteRegistry(store: sqlite)
            lastReceived = { try await sqlite.lastReceived() }
        } else if let postgres = store as? PostgresEventStore {
            receiver = postgres
            registry = PostgresSiteRegistry(database: postgres.database)
            lastReceived = { try await postgres.lastReceived() }
        } else {
            return nil
        }
    }

    /// Opens the log the options name and its central side; says why not and exits with status 2.
    static func open(_ options: StoreOptions) async throws -> CentralLog {
        let store = try await options.open()
        guard let central = CentralLog(store) else {
            Console.error("error: \(options.path) cannot keep sites")
            throw ExitCode(2)
        }
        return central
    }
}
