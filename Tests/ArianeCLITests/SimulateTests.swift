import ArianeTestFixtures
import EventLog
import Foundation
import ProcedureModel
import Testing

/// `ariane simulate`: realistic, deterministic sessions through the real engine into the real store.
@Suite struct SimulateTests {
    @Test func theSameSeedGivesTheSameEventsAndAnotherSeedOthers() async throws {
        let folder = try fixtureFolder()
        for (database, seed) in [("a.sqlite", "11"), ("b.sqlite", "11"), ("c.sqlite", "12")] {
            let result = try ariane(["simulate", "essai.xml", "--sessions", "300", "--seed", seed, "--db", database], in: folder)
            #expect(result.status == 0)
            #expect(result.standardError == "")
        }
        let first = try await storedEvents(folder.appendingPathComponent("a.sqlite"))
        #expect(first.count > 300 * 4)
        #expect(try await storedEvents(folder.appendingPathComponent("b.sqlite")) == first)
        #expect(try await storedEvents(folder.appendingPathComponent("c.sqlite")) != first)
    }

    @Test func sessionsArePlausibleWalks() async throws {
        let folder = try fixtureFolder()
        let result = try ariane(["simulate", "essai.xml", "--sessions", "2000", "--seed", "5", "--start", "2026-11-02", "--days", "14"], in: folder)
        let log = folder.appendingPathComponent("data/ariane.sqlite")
        let events = try await storedEvents(log)
        #expect(result.standardOutput == "2000 sessions, \(events.count) events written to \(log.path)\n")
        let walks = sessions(events)
        #expect(walks.count == 2000)
        #expect(walks.allSatisfy { $0.first?.kind == .sessionStarted })
        let endings: Set<GuideEvent.Kind> = [.completed, .abandoned, .timedOut]
        #expect(walks.allSatisfy { walk in walk.last.map { endings.contains($0.kind) } ?? false })
        let kinds = Set(events.map(\.kind))
        #expect(
            kinds.isSuperset(of: [
                .stepEntered, .answered, .back, .helpAsked, .glossaryOpened, .audioPlayed, .audioReplayed, .noInput, .inputRejected, .handedOff, .workerNote,
                .completed, .abandoned,
            ]))
        #expect(Set(events.map(\.channel)) == [.kiosk, .assisted, .terminal])
        #expect(Set(events.map(\.locale)) == ["fr", "ar", "en"])
        let notes = Set(events.filter { $0.kind == .workerNote }.compactMap(\.reason))
        #expect(notes.isSubset(of: Set(BlockageCategory.allCases.map(\.rawValue))) && notes.count >= 4)
        // Within opening hours of the two weeks: from 2026-11-02 08:00 UTC to 2026-11-14 11:00 UTC at the latest.
        let starts = walks.compactMap { $0.first?.time }
        #expect(starts == starts.sorted())
        #expect(starts.allSatisfy { $0 >= 1_793_606_400_000 && $0 < 1_794_654_000_000 })
    }

    @Test func sensitiveAnswersAreNeverWritten() async throws {
        let folder = try fixtureFolder()
        _ = try ariane(["simulate", "essai.xml", "--sessions", "500", "--seed", "9", "--db", "log.sqlite"], in: folder)
        let events = try await storedEvents(folder.appendingPathComponent("log.sqlite"))
        let incomes = events.filter { $0.kind == .answered && $0.step == "revenus" }
        #expect(!incomes.isEmpty)
        #expect(incomes.allSatisfy { $0.value == nil })
        #expect(events.filter { $0.kind == .answered && $0.step == "foyer" }.allSatisfy { $0.value == "1" || $0.value == "2+" })
    }

    @Test func aMalformedStartIsRefusedBeforeAnythingIsWritten() throws {
        let folder = try fixtureFolder()
        let result = try ariane(["simulate", "essai.xml", "--start", "2026-02-30", "--db", "log.sqlite"], in: folder)
        #expect(result.status == 64)
        #expect(
            result.standardError.hasPrefix("Error: --start takes a day written YYYY-MM-DD, such as 2026-11-01; '2026-02-30' is not one: 2026-02 has 28 days\n"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("log.sqlite").path))
    }
}
