import ArianeTestFixtures
import EventLog
import Foundation
import ProcedureModel
import Testing

/// `ariane run` appends each event to the event log by default, never a sensitive answer.
@Suite struct RunStoreTests {
    let oneSession: [GuideEvent.Kind] = [.sessionStarted, .stepEntered, .answered, .stepEntered, .answered, .stepEntered, .stepEntered, .completed]

    func answers(in folder: URL) throws {
        try "1\n700\n\n".write(to: folder.appendingPathComponent("answers.txt"), atomically: true, encoding: .utf8)
    }

    @Test func eventsGoToTheLogInTheDataFolderByDefault() async throws {
        let folder = try fixtureFolder()
        try answers(in: folder)
        let result = try ariane(["run", "essai.xml", "--answers", "answers.txt", "--site", "mairie", "--terminal", "t1"], in: folder)
        #expect(result.status == 0)
        #expect(result.standardError == "")
        let log = folder.appendingPathComponent("data/ariane.sqlite")
        let events = try await storedEvents(log)
        #expect(events.map(\.kind) == oneSession)
        #expect(events.allSatisfy { $0.channel == .terminal && $0.site == "mairie" && $0.terminal == "t1" && $0.locale == "fr" })
        #expect(events.filter { $0.kind == .answered }.map(\.value) == ["1", nil])
        // The sensitive income (700) is nowhere in the file or its journal.
        for file in try FileManager.default.contentsOfDirectory(atPath: log.deletingLastPathComponent().path) {
            let bytes = try Data(contentsOf: log.deletingLastPathComponent().appendingPathComponent(file))
            #expect(bytes.range(of: Data("700".utf8)) == nil)
        }
    }

    @Test func dbAndDataChooseTheFileAndNoStoreWritesNone() async throws {
        let folder = try fixtureFolder()
        try answers(in: folder)
        _ = try ariane(["run", "essai.xml", "--answers", "answers.txt", "--db", "chosen.sqlite"], in: folder)
        _ = try ariane(["run", "essai.xml", "--answers", "answers.txt", "--data", "elsewhere"], in: folder)
        _ = try ariane(["run", "essai.xml", "--answers", "answers.txt", "--no-store", "--events", "events.jsonl"], in: folder)
        #expect(try await storedEvents(folder.appendingPathComponent("chosen.sqlite")).map(\.kind) == oneSession)
        #expect(try await storedEvents(folder.appendingPathComponent("elsewhere/ariane.sqlite")).map(\.kind) == oneSession)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("data").path))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("events.jsonl").path))
    }

    @Test func aLogThatCannotBeOpenedStopsTheRunBeforeItStarts() throws {
        let folder = try fixtureFolder()
        try answers(in: folder)
        try run("sqlite3", [folder.appendingPathComponent("other.sqlite").path, "CREATE TABLE t (x)"])
        let result = try ariane(["run", "essai.xml", "--answers", "answers.txt", "--db", "other.sqlite"], in: folder)
        #expect(result.status == 2)
        #expect(result.standardOutput == "")
        #expect(result.standardError == "other.sqlite: error: this SQLite database belongs to another application, not to Ariane; nothing was changed\n")
    }

    func run(_ tool: String, _ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        try process.run()
        process.waitUntilExit()
    }
}
