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
        #expect(first.status == 0 && first.standardOutput.contains("applied migrations 1, 2, 3, 4, 5, 6, 7\n"))
        #expect(try ariane(["migrate", "--db", address], in: folder).standardOutput == "\(url): schema up to date (version 7)\n")

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

    /// The directory commands on PostgreSQL: import, re-import, nearest, a proposal decided.
    @Test func directoryImportNearestAndChangesOnPostgreSQL() async throws {
        let folder = try fixtureFolder()
        let url = try await TestDatabase.fresh()
        let address = "postgres://\(url.user)@\(url.host):\(url.port)/\(url.database)"
        let csv = """
            id,pivot,nom,adresse,commune,code_postal,latitude,longitude,typologie,services,horaires,date_maj
            mairie-11,21750001600019,Mairie du 11e,12 place Léon Blum,Paris,75011,48.8575,2.3800,MAIRIE,Aide aux démarches administratives,Mo-Fr 09:00-17:00,2026-11-02
            ccas-4,00000000000000,CCAS du 4e,2 place Baudoyer,Paris,75004,48.8560,2.3550,CCAS,Aide aux démarches administratives,,2026-11-02

            """
        try csv.write(to: folder.appendingPathComponent("lieux.csv"), atomically: true, encoding: .utf8)
        let first = try ariane(["directory", "import", "lieux.csv", "--db", address], in: folder)
        #expect(first.status == 0, "\(first.standardError)")
        #expect(first.standardOutput == "2 places added, 0 updated, 0 unchanged, 0 retired; 0 rows refused\n")
        let again = try ariane(["directory", "import", "lieux.csv", "--db", address], in: folder)
        #expect(again.standardOutput == "0 places added, 0 updated, 2 unchanged, 0 retired; 0 rows refused\n")
        let nearest = try ariane(["directory", "nearest", "--near", "48.8566,2.3522", "--format", "json", "--db", address], in: folder)
        let places = try JSONSerialization.jsonObject(with: Data(nearest.standardOutput.utf8)) as? [[String: Any]] ?? []
        #expect(places.map { $0["id"] as? String ?? "" } == ["mednum/ccas-4", "mednum/mairie-11"])
        let proposed = try ariane(
            ["directory", "changes", "propose", "--place", "mednum/ccas-4", "--kind", "hours", "--value", "Tu 14:00-17:00", "--by", "amina", "--db", address],
            in: folder)
        #expect(proposed.status == 0, "\(proposed.standardError)")
        let decided = try ariane(["directory", "changes", "decide", "1", "--approve", "--by", "root", "--db", address], in: folder)
        #expect(decided.status == 0, "\(decided.standardError)")
        let list = try ariane(["directory", "changes", "list", "--place", "mednum/ccas-4", "--db", address], in: folder)
        #expect(list.standardOutput.contains("#1 mednum/ccas-4 hours: \"\" → \"Tu 14:00-17:00\""))
        #expect(list.standardOutput.contains("approved by root"))
    }
}
