import Logging
import NIOSSL
import PostgresNIO

/// A connection pool to one PostgreSQL database, running while the value lives.
///
/// Opening first connects once, directly, so that a wrong address, user or password is said at once
/// (the pool alone would retry in the background until a query timed out), and brings the schema up
/// to date; then starts a `PostgresClient` and its `run()` in a task that ``close()`` cancels.
public final class PostgresDatabase: Sendable {
    public let url: PostgresURL
    let client: PostgresClient
    let logger: Logger
    private let running: Task<Void, Never>

    /// Connects, migrates (``PostgresSchema``), and starts the pool. Throws ``PostgresStoreError``.
    public init(url: PostgresURL, migrate: Bool = true) async throws {
        self.url = url
        var logger = Logger(label: "ariane.postgres")
        logger.logLevel = .error
        self.logger = logger
        let tls = try Self.tls(url.tls, place: url.description)
        var connectionConfiguration = PostgresConnection.Configuration(
            host: url.host, port: url.port, username: url.user, password: url.password, database: url.database, tls: tls.connection)
        connectionConfiguration.options.connectTimeout = .seconds(10)
        do {
            let connection = try await PostgresConnection.connect(configuration: connectionConfiguration, id: 0, logger: logger)
            do {
                if migrate { try await PostgresSchema.migrate(connection, logger: logger, place: url.description) }
                try await connection.close()
            } catch {
                try? await connection.close()
                throw error
            }
        } catch {
            throw PostgresStoreError.from(error, place: url.description)
        }
        var configuration = PostgresClient.Configuration(
            host: url.host, port: url.port, username: url.user, password: url.password, database: url.database, tls: tls.client)
        configuration.options.maximumConnections = 8
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        self.client = client
        running = Task { await client.run() }
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
    func withConnection<Result: Sendable>(_ body: (PostgresConnection) async throws -> Result) async throws -> Result {
        do {
            return try await client.withConnection { connection in try await body(connection) }
        } catch {
            throw PostgresStoreError.from(error, place: url.description)
        }
    }

    /// Runs `body` in one transaction, committed when it returns, rolled back when it throws.
    func withTransaction<Result: Sendable>(_ body: (PostgresConnection) async throws -> Result) async throws -> Result {
        do {
            return try await client.withTransaction(logger: logger) { connection in try await body(connection) }
        } catch {
            throw PostgresStoreError.from(error, place: url.description)
        }
    }
}
