import ArianeTestFixtures
import Foundation
import PostgresStore
import PostgresTestSupport
import Testing

/// The event-log commands on PostgreSQL, run as a user would: `--db postgres://…` and `$ARIANE_DB`.
@Suite(.enabled(if: TestDatabase.runs)) struct PostgresCommandTests {
    /// The report without its line holding the generation time, the one part that differs.
    func withoutGenerationTime(_ json: String) -> String {
        json.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.contains("\"generatedAt\"") }.joined(separator: "\n")
    }

    @Test func migrateSimulateReportAndPurgeOnPostgreSQL() async throws {
        let folder = try fixtureFolder()
        let url = try await TestDatabase.fresh()
        let address = "postgres://\(url.user)@\(url.host):\(url.port)/\(url.database)"
        let first = try ariane(["migrate", "--db", address], in: folder)
        #expect(first.status == 0 && first.standardOutput.contains("applied migrations 1, 2, 3, 4"))
        #expect(try ariane(["migrate", "--db", address], in: folder).standardOutput == "\(url): schema up to date (version 4)\n")

        for database in [address, "log.sqlite"] {
            let simulated = try ariane(["simulate", "essai.xml", "--sessions", "400", "--seed", "3", "--db", database], in: folder)
            #expect(simulated.status == 0, "\(simulated.standardError)")
        }
        let fromPostgres = try ariane(["report", "--format", "json"], in: folder, environment: ["ARIANE_DB": address])
        let fromSQLite = try ariane(["report", "--format", "json", "--db", "log.sqlite"], in: folder)
        #expect(fromPostgres.status == 0 && fromSQLite.status == 0)
        #expect(withoutGenerationTime(fromPostgres.standardOutput) == withoutGenerationTime(fromSQLite.standardOutput))
        #expect(fromPostgres.standardOutput.contains("\"procedure\" : \"essai\""))

        let purged = try ariane(["purge", "--before", "2030-01-01", "--db", address], in: folder)
        #expect(purged.status == 0 && purged.standardOutput.hasSuffix("events deleted\n"))
        #expect(try ariane(["export", "--format", "jsonl", "--db", address], in: folder).standardOutput == "")
    }

    @Test func aServerThatIsNotThereIsOneLineNamingItsAddress() throws {
        let folder = try fixtureFolder()
        let result = try ariane(["report", "--db", "postgres://ariane:secret@127.0.0.1:1/ariane"], in: folder)
        #expect(result.status == 2)
        #expect(result.standardError.hasPrefix("127.0.0.1:1/ariane: error: cannot connect to PostgreSQL"))
        #expect(!result.standardError.contains("secret") && result.standardError.filter { $0 == "\n" }.count == 1)
    }
}
