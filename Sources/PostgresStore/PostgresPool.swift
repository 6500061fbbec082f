package import Logging
import NIOSSL
package import PostgresNIO

/// A connection pool to one PostgreSQL database, running while the value lives.
///
/// Opening first connects once, directly (``migrate(_:)``), so that a wrong address, user or password is said at once
/// (the pool alone would retry in the background until a query timed out), and brings the schema up
/// to date; then starts a `PostgresClient` and its `run()` in a task that ``close()`` cancels.
public final class PostgresPool: Sendable {
    public let url: PostgresURL
    let client: PostgresClient
    package let logger: Logger
    private let running: Task<Void, Never>

    /// Connects, migrates (``PostgresSchema``), and starts the pool. Throws ``PostgresStoreError``.
    public init(url: PostgresURL) async throws {
        self.url = url
        let logger = Self.quietLogger
        let tls = try Self.tls(url.tls, place: url.description)
        try await Self.migrate(url)
        var configuration = PostgresClient.Configuration(
            host: url.host, port: url.port, username: url.user, password: url.password, database: url.database, tls: tls.client)
        configuration.options.maximumConnections = 8
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        self.client = client
        self.logger = logger
        running = Task { await client.run() }
    }

    /// Brings the schema at `url` up to date, on one connection of its own; returns the versions
    /// applied (none when it was up to date). Throws ``PostgresStoreError``.
    @discardableResult
    public static func migrate(_ url: PostgresURL) async throws -> [Int] {
        try await migrate(url, through: PostgresSchema.version)
    }

    /// Brings the schema at `url` to version `target` only: for tests that fill an older schema and
    /// look at what the next migration makes of it.
    @discardableResult
    package static func migrate(_ url: PostgresURL, through target: Int) async throws -> [Int] {
        let logger = quietLogger
        var configuration = PostgresConnection.Configuration(
            host: url.host, port: url.port, username: url.user, password: url.password, database: url.database,
            tls: try tls(url.tls, place: url.description).connection)
        configuration.options.connectTimeout = .seconds(10)
        do {
            let connection = try await PostgresConnection.connect(configuration: configuration, id: 0, logger: logger)
            do {
                let applied = try await PostgresSchema.migrate(connection, through: target, logger: logger, place: url.description)
                try await connection.close()
                return applied
            } catch {
                try? await connection.close()
                throw error
            }
        } catch {
            throw PostgresStoreError.from(error, place: url.description)
        }
    }

    /// postgres-nio's own messages stay quiet: failures reach the caller as ``PostgresStoreError``.
    private static var quietLogger: Logger {
        var logger = Logger(label: "ariane.postgres")
        logger.logLevel = .critical
        return logger
    }

    /// Stops the pool; later calls throw.
    public func close() {
        running.cancel()
    }

    deinit {
        running.cancel()
    }

    /// The same TLS choice for the first connection and for the pool, which spell it differently.
    private static func tls(
        _ mode: PostgresURL.TLSMode, place: String
    ) throws -> (connection: PostgresConnection.Configuration.TLS, client: PostgresClient.Configuration.TLS) {
        switch mode {
        case .disable:
            return (.disable, .disable)
        case .require:
            let configuration = TLSConfiguration.makeClientConfiguration()
            do {
                return (.require(try NIOSSLContext(configuration: configuration)), .require(configuration))
            } catch {
                throw PostgresStoreError(place: place, problem: .unreachable("cannot set up TLS: \(error)"))
            }
        }
    }

    /// Runs `body` on one pooled connection, turning PostgreSQL's errors into ``PostgresStoreError``.
    package func withConnection<Result: Sendable>(_ body: (PostgresConnection) async throws -> Result) async throws -> Result {
        do {
            return try await client.withConnection { connection in try await body(connection) }
        } catch {
            throw PostgresStoreError.from(error, place: url.description)
        }
    }

    /// Runs `body` in one transaction, committed when it returns, rolled back when it throws.
    package func withTransaction<Result: Sendable>(_ body: (PostgresConnection) async throws -> Result) async throws -> Result {
        do {
            return try await client.withTransaction(logger: logger) { connection in try await body(connection) }
        } catch {
            throw PostgresStoreError.from(error, place: url.description)
        }
    }
}
