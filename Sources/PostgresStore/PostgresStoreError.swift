/// Why a PostgreSQL store could not be reached, opened or written, said about the database concerned.
///
/// ``place`` is `host:port/database` (never the password); the message is one line.
public struct PostgresStoreError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Problem: Sendable, Hashable {
        /// The URL cannot be read.
        case invalidURL(String)
        /// Nothing answers at that address (refused, unreachable, name unknown, timed out).
        case unreachable(String)
        /// The server refused the user, the password or the database.
        case refused(String)
        /// The database was migrated by a newer Ariane: this one does not know its schema.
        case newerSchema(found: Int, known: Int)
        /// The server answered a statement with an error.
        case statement(String)
        /// A stored value that this Ariane cannot read back.
        case inconsistent(String)
        /// A site name that is taken, not valid, or not registered.
        case site(String)
    }

    public var place: String
    public var problem: Problem

    public init(place: String, problem: Problem) {
        self.place = place
        self.problem = problem
    }

    public var description: String { "\(place): error: \(message)" }

    public var message: String {
        switch problem {
        case .invalidURL(let reason): "invalid PostgreSQL URL: \(reason)"
        case .unreachable(let reason): "cannot connect to PostgreSQL: \(reason)"
        case .refused(let reason): "PostgreSQL refused the connection: \(reason)"
        case .newerSchema(let found, let known):
            "this database was migrated by a newer Ariane (schema version \(found); this one knows up to \(known)); nothing was changed"
        case .statement(let reason): reason
        case .inconsistent(let reason): "the event log is inconsistent: \(reason)"
        case .site(let reason): reason
        }
    }
}
