import Foundation

/// Where a PostgreSQL database is: `postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?sslmode=MODE]`.
///
/// The password never appears in ``description`` nor in any error: messages name `host:port/database`.
public struct PostgresURL: Sendable, Hashable, CustomStringConvertible {
    /// How the connection is encrypted: `disable` (the default, for loopback and private networks),
    /// or `require` (TLS, the server's certificate checked against the system's authorities).
    public enum TLSMode: String, Sendable, Hashable {
        case disable
        case require
    }

    public var host: String
    public var port: Int
    public var user: String
    public var password: String?
    public var database: String
    public var tls: TLSMode

    /// Whether `text` is meant as a PostgreSQL URL rather than a file path.
    public static func isPostgres(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    /// Reads a URL; throws ``PostgresStoreError`` saying what is missing, never quoting the password.
    public init(_ text: String) throws {
        func invalid(_ reason: String) -> PostgresStoreError {
            PostgresStoreError(place: "database URL", problem: .invalidURL(reason))
        }
        guard Self.isPostgres(text) else { throw invalid("it must start with postgres://") }
        guard let components = URLComponents(string: text) else {
            throw invalid("it is not a URL (write postgres://USER[:PASSWORD]@HOST:PORT/DATABASE)")
        }
        guard let host = components.host, !host.isEmpty else { throw invalid("the host is missing") }
        guard let user = components.user, !user.isEmpty else { throw invalid("the user is missing (postgres://USER@HOST…)") }
        let database = String(components.path.drop { $0 == "/" })
        guard !database.isEmpty, !database.contains("/") else { throw invalid("the database name is missing (…@HOST:PORT/DATABASE)") }
        var tls = TLSMode.disable
        for item in components.queryItems ?? [] {
            guard item.name == "sslmode" else { throw invalid("unknown option \(item.name) (only sslmode is read)") }
            guard let mode = item.value.flatMap(TLSMode.init(rawValue:)) else {
                throw invalid("sslmode must be disable or require")
            }
            tls = mode
        }
        self.host = host
        self.port = components.port ?? 5432
        self.user = components.user.flatMap { $0.removingPercentEncoding } ?? user
        self.password = components.password.flatMap { $0.removingPercentEncoding ?? $0 }
        self.database = database.removingPercentEncoding ?? database
        self.tls = tls
    }

    /// `host:port/database`: what messages name.
    public var description: String { "\(host):\(port)/\(database)" }
}
