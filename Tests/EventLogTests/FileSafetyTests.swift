import EventLog
import Foundation
import ProcedureModel
import Testing

/// A new file gets the schema; a file that is not ours, or is newer, or damaged, is refused untouched.
@Suite struct FileSafetyTests {
    /// The files of a folder with their bytes: what "unchanged" means.
    func contents(of folder: URL) throws -> [String: Data] {
        var contents: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            contents[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return contents
    }

    /// A closed log holding ``everyKind()``.
    func writeLog(at path: String) async throws {
        let store = try SQLiteEventStore(path: path)
        try await store.append(everyKind())
        try store.close()
    }

    func refusal(_ path: String) -> EventStoreError? {
        do {
            _ = try SQLiteEventStore(path: path)
            return nil
        } catch {
            return error as? EventStoreError
        }
    }

    @Test func aNewFileAndItsFoldersAreCreatedWithTheSchema() async throws {
        let path = try temporaryFolder().appendingPathComponent("données/ariane/ariane.sqlite").path
        try await writeLog(at: path)
        #expect(try run("sqlite3", [path, "PRAGMA application_id; PRAGMA user_version; PRAGMA journal_mode; PRAGMA auto_vacuum"]) == "1095911745\n2\nwal\n2\n")
        #expect(
            try run("sqlite3", [path, "SELECT kind, step, value FROM events WHERE kind = 'answered' ORDER BY time"]) == "answered|foyer|2+\nanswered|revenus|\n"
        )
    }

    @Test func reopeningKeepsEverythingAndMigratesNothingTwice() async throws {
        let path = try temporaryFolder().appendingPathComponent("log.sqlite").path
        do {
            let store = try SQLiteEventStore(path: path)
            try await store.append(Array(everyKind().prefix(5)))
        }
        let store = try SQLiteEventStore(path: path)
        try await store.append(Array(everyKind().dropFirst(5)))
        var read: [GuideEvent] = []
        try await store.forEachEvent(matching: .all) { read.append($0) }
        #expect(read == everyKind())
        #expect(try run("sqlite3", [path, "SELECT identifier FROM grdb_migrations"]) == "v1\nv2\n")
        #expect(try store.integrityProblems() == [])
    }

    @Test func anEmptyFileBecomesAnEventLog() async throws {
        let path = try temporaryFolder().appendingPathComponent("log.sqlite").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        let store = try SQLiteEventStore(path: path)
        try await store.append(everyKind())
        #expect(try await store.count(matching: .all) == 24)
    }

    @Test func anotherApplicationsDatabaseIsRefusedUntouched() throws {
        let folder = try temporaryFolder()
        let path = folder.appendingPathComponent("notes.sqlite").path
        try run("sqlite3", [path, "CREATE TABLE note (text TEXT); INSERT INTO note VALUES ('rendez-vous mardi')"])
        let before = try contents(of: folder)
        let error = refusal(path)
        #expect(error == EventStoreError(path: path, problem: .foreign))
        #expect(error?.description == "\(path): error: this SQLite database belongs to another application, not to Ariane; nothing was changed")
        #expect(try contents(of: folder) == before)
    }

    @Test func aDatabaseMarkedByAnotherApplicationIsRefusedEvenWhenEmpty() throws {
        let folder = try temporaryFolder()
        let path = folder.appendingPathComponent("other.sqlite").path
        try run("sqlite3", [path, "PRAGMA application_id = 1234; PRAGMA user_version = 1; VACUUM"])
        let before = try contents(of: folder)
        #expect(refusal(path) == EventStoreError(path: path, problem: .foreign))
        #expect(try contents(of: folder) == before)
    }

    @Test func aLogFromANewerArianeIsRefusedUntouched() async throws {
        let folder = try temporaryFolder()
        let path = folder.appendingPathComponent("log.sqlite").path
        try await writeLog(at: path)
        try run("sqlite3", [path, "PRAGMA user_version = 7"])
        let before = try contents(of: folder)
        let error = refusal(path)
        #expect(error == EventStoreError(path: path, problem: .newerSchema(found: 7, known: 2)))
        #expect(
            error?.description == "\(path): error: this event log was written by a newer Ariane (schema version 7; this one knows up to 2); nothing was changed"
        )
        #expect(try contents(of: folder) == before)
    }

    @Test func aFileThatIsNotADatabaseIsRefusedUntouched() throws {
        let folder = try temporaryFolder()
        let path = folder.appendingPathComponent("ariane.sqlite").path
        let garbage = Data(String(repeating: "ceci n'est pas une base de données\n", count: 300).utf8)
        try garbage.write(to: URL(fileURLWithPath: path))
        let error = refusal(path)
        #expect(error == EventStoreError(path: path, problem: .notADatabase))
        #expect(error?.description == "\(path): error: not a database: the file is damaged or is not an Ariane event log; nothing was changed")
        #expect(try contents(of: folder) == ["ariane.sqlite": garbage])
    }

    @Test func aLogWithADamagedHeaderIsRefusedUntouched() async throws {
        let folder = try temporaryFolder()
        let path = folder.appendingPathComponent("log.sqlite").path
        try await writeLog(at: path)
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        bytes.replaceSubrange(0..<16, with: Data("SQLite format 2\u{0}".utf8))
        try bytes.write(to: URL(fileURLWithPath: path))
        let before = try contents(of: folder)
        #expect(refusal(path) == EventStoreError(path: path, problem: .notADatabase))
        #expect(try contents(of: folder) == before)
    }

    @Test func aFolderIsNotALog() throws {
        let folder = try temporaryFolder()
        #expect(refusal(folder.path)?.description == "\(folder.path): error: cannot open the event log: this is a folder, not a file")
    }
}
