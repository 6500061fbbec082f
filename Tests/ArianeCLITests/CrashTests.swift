import ArianeTestFixtures
import EventLog
import Foundation
import ProcedureModel
import Testing

/// Killing `ariane` with SIGKILL in the middle of a stream of appends loses no acknowledged event.
@Suite struct CrashTests {
    /// The events of every batch the child recorded as acknowledged (a batch's lines, then `ack N`);
    /// a batch cut short by the kill has no `ack` line and does not count.
    func acknowledgedEvents(in log: URL) throws -> (batches: Int, events: [GuideEvent]) {
        let text = String(decoding: try Data(contentsOf: log), as: UTF8.self)
        var acknowledged: [GuideEvent] = []
        var batch: [GuideEvent] = []
        var batches = 0
        let decoder = JSONDecoder()
        // Only whole lines: the kill may have cut the last one.
        for line in text.split(separator: "\n", omittingEmptySubsequences: true).dropLast(text.hasSuffix("\n") ? 0 : 1) {
            if line.hasPrefix("ack ") {
                acknowledged += batch
                batch = []
                batches += 1
            } else {
                batch.append(try decoder.decode(GuideEvent.self, from: Data(line.utf8)))
            }
        }
        return (batches, acknowledged)
    }

    @Test func killedMidStreamTheLogKeepsEveryAcknowledgedEvent() async throws {
        let folder = try fixtureFolder()
        let database = folder.appendingPathComponent("crash.sqlite")
        let acks = folder.appendingPathComponent("acks.jsonl")
        let child = Process()
        child.executableURL = ArianeProcess.executable
        child.arguments = ["simulate", "essai.xml", "--sessions", "1000000", "--seed", "4", "--db", database.path, "--ack-log", acks.path, "--batch", "300"]
        child.currentDirectoryURL = folder
        child.standardOutput = FileHandle.nullDevice
        child.standardError = FileHandle.nullDevice
        try child.run()
        // Wait for a few acknowledged batches, so the kill lands while appends are streaming.
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline {
            if let text = try? String(contentsOf: acks, encoding: .utf8), text.components(separatedBy: "\nack ").count > 8 { break }
            try await Task.sleep(for: .milliseconds(20))
        }
        kill(child.processIdentifier, SIGKILL)
        child.waitUntilExit()
        #expect(child.terminationReason == .uncaughtSignal)
        #expect(child.terminationStatus == SIGKILL)

        let (batches, acknowledged) = try acknowledgedEvents(in: acks)
        #expect(batches >= 8)
        let store = try SQLiteEventStore(path: database.path)
        #expect(try store.integrityProblems() == [])
        var stored: Set<GuideEvent> = []
        try await store.forEachEvent(matching: .all) { stored.insert($0) }
        let lost = acknowledged.filter { !stored.contains($0) }
        #expect(lost.isEmpty, "\(lost.count) of \(acknowledged.count) acknowledged events lost")
        // Batches are whole transactions: at most the one being committed at the kill is there unacknowledged.
        #expect(stored.count >= acknowledged.count && stored.count < acknowledged.count + 2_000)
        #expect(sessions(try await storedEvents(database)).allSatisfy { $0.first?.kind == .sessionStarted })
    }
}
