import EventLog
import Foundation
import ProcedureModel
import Testing

/// The `kind` table names every kind this build knows, in a file made by an older build too.
@Suite struct KindTableTests {
    @Test func kindsMissingFromAnOlderFileAreAddedAtOpenAndNoneTwice() async throws {
        let path = try temporaryFolder().appendingPathComponent("log.sqlite").path
        let store = try SQLiteEventStore(path: path)
        try await store.append(everyKind())
        try store.close()
        // As a build from before the calls for a person left it.
        _ = try run("sqlite3", [path, "DELETE FROM kind WHERE name IN ('mediator-called', 'mediator-answered')"])
        #expect(try run("sqlite3", [path, "SELECT count(*) FROM events WHERE kind LIKE 'mediator-%'"]) == "0\n")
        for _ in 0..<2 { try SQLiteEventStore(path: path).close() }
        #expect(
            try run("sqlite3", [path, "SELECT code, name FROM kind WHERE code >= 16 ORDER BY code"])
                == "16|completed\n17|feedback\n18|mediator-called\n19|mediator-answered\n20|estimate-shown\n21|estimate-fallback\n")
        #expect(try run("sqlite3", [path, "SELECT count(*) FROM kind"]) == "\(GuideEvent.Kind.allCases.count)\n")
        #expect(try run("sqlite3", [path, "SELECT kind FROM events WHERE kind LIKE 'mediator-%' ORDER BY time"]) == "mediator-called\nmediator-answered\n")
    }
}
