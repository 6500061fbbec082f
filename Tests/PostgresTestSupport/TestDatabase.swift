public import EventLog
import Foundation
import Logging
import PostgresNIO
public import PostgresStore
public import ProcedureModel

/// The PostgreSQL the tests use: `$ARIANE_TEST_POSTGRES` (`.ci/run` starts one with
/// Tests/Support/postgres.sh). Without it the tests that need it are skipped with a printed reason,
/// except in CI (`$CI` set), where its absence fails them.
public enum TestDatabase {
    public static let url: String? = ProcessInfo.processInfo.environment["ARIANE_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }

    /// Whether a missing PostgreSQL is a failure rather than a skip.
    public static var isRequired: Bool { ProcessInfo.processInfo.environment["CI"].map { !$0.isEmpty } ?? false }

    /// Whether the PostgreSQL tests run: when the URL is set, or in CI (where they then fail). Prints why not, once.
    public static let runs: Bool = {
        if url != nil || isRequired { return true }
        print("PostgreSQL tests skipped: ARIANE_TEST_POSTGRES is not set (Tests/Support/postgres.sh start prints a URL)")
        return false
    }()

    public struct Missing: Error, CustomStringConvertible {
        public var description: String { "ARIANE_TEST_POSTGRES is not set, and CI is: the PostgreSQL tests must run in CI" }
    }

    /// A new empty database on the test server, for one test: tests run in parallel and must not see each other's events.
    public static func fresh() async throws -> PostgresURL {
        guard let url else { throw Missing() }
        let server = try PostgresURL(url)
        let name = "ariane_test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        let logger = Logger(label: "ariane.tests")
        let connection = try await PostgresConnection.connect(
            configuration: .init(
                host: server.host, port: server.port, username: server.user, password: server.password, database: server.database,
                tls: .disable),
            id: 0, logger: logger)
        do {
            try await connection.query(PostgresQuery(unsafeSQL: "CREATE DATABASE \(name)"), logger: logger)
            try await connection.close()
        } catch {
            try? await connection.close()
            throw error
        }
        var fresh = server
        fresh.database = name
        return fresh
    }

    /// A new PostgreSQL event store in a fresh database.
    public static func freshStore() async throws -> PostgresEventStore {
        try await PostgresEventStore(url: try await fresh())
    }
}

/// The stores every event-store behaviour test runs against.
public enum StoreKind: String, Sendable, CaseIterable {
    case sqlite
    case memory
    case postgres

    /// SQLite and memory always; PostgreSQL when ``TestDatabase/runs``.
    public static var available: [StoreKind] { TestDatabase.runs ? allCases : [.sqlite, .memory] }

    /// A new empty store of this kind holding `events`.
    public func make(_ events: [GuideEvent] = []) async throws -> any EventStore {
        let store: any EventStore
        switch self {
        case .sqlite:
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("conformance-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            store = try SQLiteEventStore(path: folder.appendingPathComponent("log.sqlite").path)
        case .memory:
            store = MemoryEventStore()
        case .postgres:
            store = try await TestDatabase.freshStore()
        }
        try await store.append(events)
        return store
    }
}
