import PostgresNIO

extension PostgresStoreError {
    /// PostgreSQL's and the network's errors as one line about `place`; other errors (a site's
    /// refused batch, a store error already said) pass through unchanged.
    ///
    /// `PSQLError`'s own description is deliberately vague (it may hold the query's values), so the
    /// server's message and SQLSTATE are read from it here.
    static func from(_ error: any Error, place: String) -> any Error {
        if let failed = error as? PostgresTransactionError {
            let cause = failed.closureError ?? failed.beginError ?? failed.commitError ?? failed.rollbackError
            return cause.map { from($0, place: place) } ?? PostgresStoreError(place: place, problem: .statement("a transaction failed"))
        }
        guard let error = error as? PSQLError else { return error }
        if error.code == .server, let info = error.serverInfo {
            let message = info[.message] ?? "an error without a message"
            let state = info[.sqlState] ?? ""
            // Class 28: invalid authorization; 3D000: no such database.
            if state.hasPrefix("28") || state == "3D000" {
                return PostgresStoreError(place: place, problem: .refused(message))
            }
            return PostgresStoreError(place: place, problem: .statement("\(message) (SQLSTATE \(state))"))
        }
        switch error.code {
        case .connectionError, .serverClosedConnection, .uncleanShutdown:
            return PostgresStoreError(place: place, problem: .unreachable(reason(error.underlying.map { "\($0)" } ?? "\(error.code)")))
        case .authMechanismRequiresPassword:
            return PostgresStoreError(place: place, problem: .refused("the server asks for a password and the URL gives none"))
        case .sslUnsupported:
            return PostgresStoreError(place: place, problem: .refused("the server does not offer TLS (sslmode=require)"))
        default:
            return PostgresStoreError(place: place, problem: .statement("\(error.code)"))
        }
    }

    /// NIO's account of a failed connection, shortened to what a person acts on.
    private static func reason(_ underlying: String) -> String {
        let lowered = underlying.lowercased()
        if lowered.contains("refused") { return "connection refused (is PostgreSQL running and listening on that port?)" }
        if lowered.contains("timed out") || lowered.contains("timeout") { return "no answer (timed out)" }
        if lowered.contains("resolve") || lowered.contains("no address") { return "unknown host name" }
        return underlying
    }

    /// The SQLSTATE of a PostgreSQL error, if `error` is one.
    static func sqlState(of error: any Error) -> String? {
        (error as? PSQLError)?.serverInfo?[.sqlState]
    }
}
