import Foundation
import Logging
import PostgresNIO
import PostgresStore
import ProcedureModel

/// 2026-11-02 09:00:00 UTC, in ms.
let nineOClock: Int64 = 1_793_610_000_000

/// An event of `session` at `time`, at the site `site`.
func event(_ session: String, at time: Int64, kind: GuideEvent.Kind = .stepEntered, site: String? = "mairie", terminal: String? = "borne-1") -> GuideEvent {
    GuideEvent(
        session: session, procedure: "css", procedureVersion: "1", step: "foyer", kind: kind, time: time, channel: .kiosk, site: site,
        terminal: terminal, locale: "fr")
}

/// The first column of every row `sql` returns, as text: for looking at the catalogue and the tables.
func column(_ sql: String, in url: PostgresURL) async throws -> [String] {
    let logger = Logger(label: "ariane.tests")
    let connection = try await PostgresConnection.connect(
        configuration: .init(
            host: url.host, port: url.port, username: url.user, password: url.password, database: url.database, tls: .disable),
        id: 1, logger: logger)
    do {
        var values: [String] = []
        for try await value in try await connection.query(PostgresQuery(unsafeSQL: sql), logger: logger).decode(String?.self) {
            values.append(value ?? "NULL")
        }
        try await connection.close()
        return values
    } catch {
        try? await connection.close()
        throw error
    }
}
