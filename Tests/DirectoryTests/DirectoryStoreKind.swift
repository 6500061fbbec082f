import Directory
import Foundation
import PostgresStore
import PostgresTestSupport
import Testing

/// The stores every directory behaviour test runs against: SQLite always, PostgreSQL when the tests
/// have one (`$ARIANE_TEST_POSTGRES`; skipped with a printed reason without it, failed in CI).
enum DirectoryStoreKind: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite
    case postgres

    static var available: [DirectoryStoreKind] { TestDatabase.runs ? allCases : [.sqlite] }

    var testDescription: String { rawValue }

    /// A new empty store of this kind (PostgreSQL: in a database of its own, migrated).
    func make() async throws -> any DirectoryStore & DirectoryChanges {
        switch self {
        case .sqlite: try SQLiteDirectoryStore(path: try Fixture.folder().appendingPathComponent("directory.sqlite").path)
        case .postgres: PostgresDirectoryStore(database: try await PostgresPool(url: try await TestDatabase.fresh()))
        }
    }
}
