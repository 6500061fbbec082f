public import EventLog
import Foundation

/// Where the event log is: an SQLite file or a PostgreSQL database. The one place that turns a
/// `--db` value (or `$ARIANE_DB`, or the data folder) into an open store.
///
/// `--db` wins, then `$ARIANE_DB`, then `ariane.sqlite` in the data folder (see ``DataLocation``).
/// A value starting with `postgres://` or `postgresql://` is a PostgreSQL URL, anything else a file.
public enum EventStoreLocation: Sendable, Hashable, CustomStringConvertible {
    case sqlite(path: String)
    case postgres(PostgresURL)

    /// The location the options and the environment (the process's own by default) name.
    /// Throws ``PostgresStoreError`` for a PostgreSQL URL that cannot be read.
    public static func resolve(database: String?, data: String?, environment: [String: String]? = nil) throws -> EventStoreLocation {
        let environment = environment ?? ProcessInfo.processInfo.environment
        let named = [database, environment["ARIANE_DB"]].compactMap { $0 }.first { !$0.isEmpty }
        if let named, PostgresURL.isPostgres(named) { return .postgres(try PostgresURL(named)) }
        return .sqlite(path: DataLocation.databasePath(database: named, data: data, environment: environment))
    }

    /// The file path, or `host:port/database` (never the password).
    public var description: String {
        switch self {
        case .sqlite(let path): path
        case .postgres(let url): url.description
        }
    }

    /// Opens the log there (creating and migrating it as needed). Throws ``EventStoreError`` or ``PostgresStoreError``.
    public func open(durability: SQLiteEventStore.Durability = .processCrash) async throws -> any EventStore {
        switch self {
        case .sqlite(let path): try SQLiteEventStore(path: path, durability: durability)
        case .postgres(let url): try await PostgresEventStore(url: url)
        }
    }
}

extension EventStoreLocation {
    /// Closes a store ``open(durability:)`` returned: SQLite's file is checkpointed and closed,
    /// PostgreSQL's connections are let go. Other stores have nothing to close.
    public static func close(_ store: any EventStore) throws {
        if let sqlite = store as? SQLiteEventStore { try sqlite.close() }
        if let postgres = store as? PostgresEventStore { postgres.close() }
    }
}
