import BlockageAnalytics
import EventLog
import ProcedureModel
import Testing

/// Going back, coming back after a pause, and what people did at a step.
@Suite struct PathTests {
    static var walks: [Walk] {
        // b1 asks for help twice, goes back to intro, and enters foyer a second time.
        var b1 = Walk("b1", "css", at: monday, start: "intro")
        b1.answer(after: 5, then: "foyer")
        b1.signal(.helpAsked, after: 10)
        b1.signal(.helpAsked, after: 10)
        b1.back(after: 10, to: "intro")
        b1.answer(after: 4, then: "foyer")
        b1.answer(after: 15, then: "revenus")
        b1.complete(after: 20, at: "fin")
        // b2 abandons at foyer after 30 s and comes back an hour later: one session, one reach.
        var b2 = Walk("b2", "css", at: monday, start: "intro")
        b2.answer(after: 6, then: "foyer")
        b2.end(.abandoned, after: 30)
        b2.resume(after: 3600)
        b2.answer(after: 20, then: "revenus")
        b2.complete(after: 30, at: "fin")
        // b3 struggles at foyer: silence twice, a rejected answer, a worker, two notes; then leaves.
        var b3 = Walk("b3", "css", at: monday, start: "intro")
        b3.answer(after: 7, then: "foyer")
        b3.signal(.noInput, after: 20)
        b3.signal(.noInput, after: 20)
        b3.signal(.inputRejected, reason: "not-a-choice")
        b3.signal(.audioReplayed)
        b3.signal(.handedOff)
        b3.signal(.workerNote, reason: "language")
        b3.signal(.workerNote, reason: "missing-document")
        b3.signal(.workerNote, reason: "language")
        b3.end(.abandoned, after: 60)
        return [b1, b2, b3]
    }

    @Test func aSessionThatComesBackCountsOnce() async throws {
        let procedure = try #require(try await report(Self.walks).procedures.first)
        #expect(procedure.sessions.started == .value(3))
        #expect(procedure.sessions.completed == .value(2))
        #expect(procedure.steps.map(\.step) == ["intro", "foyer", "revenus", "fin"])
        #expect(procedure.steps.map(\.reached) == [.value(3), .value(3), .value(2), .value(2)])
        #expect(procedure.steps.map(\.exits) == [.value(0), .value(1), .value(0), .value(0)])
        // b1: 5 + 30 + 4 + 15 + 20 s = 74 s; b2: 6 + 30 + 3600 + 20 + 30 s = 3686 s, the pause included.
        #expect(procedure.timeToCompletion.medianMilliseconds == .value(1_880_000))
    }

    @Test func dwellIsSummedOverEntriesAndLeavesPausesOut() async throws {
        let steps = try #require(try await report(Self.walks).procedures.first).steps
        // intro: b1 5 + 4 s = 9 s, b2 6 s, b3 7 s.
        #expect(steps[0].dwell == Durations(measured: .value(3), medianMilliseconds: .value(7_000), p90Milliseconds: .value(8_600)))
        // foyer: b1 30 + 15 s = 45 s; b2 30 + 20 s = 50 s (not the hour between); b3 20+20+1+1+1+1+1+1+60 = 106 s.
        #expect(steps[1].dwell == Durations(measured: .value(3), medianMilliseconds: .value(50_000), p90Milliseconds: .value(94_800)))
    }

    @Test func signalsAreSessionsWithAtLeastOneAmongThoseThatReachedTheStep() async throws {
        let foyer = try #require(try await report(Self.walks).procedures.first?.steps[1])
        let third = 1.0 / 3
        #expect(
            foyer.signals
                == StepSignals(
                    helpAsked: .value(third), audioReplayed: .value(third), back: .value(third), noInput: .value(third),
                    inputRejected: .value(third), handedOff: .value(third), struggled: .value(2.0 / 3)))
        #expect(
            foyer.workerNotes == [
                WorkerNoteCount(category: .missingDocument, sessions: .value(1)),
                WorkerNoteCount(category: .language, sessions: .value(1)),
            ])
        let intro = try #require(try await report(Self.walks).procedures.first?.steps[0])
        #expect(intro.signals.helpAsked == .value(0))
        #expect(intro.workerNotes == [])
    }

    @Test func anUnknownNoteCategoryIsCountedAsOtherAndNeverShownAsWritten() async throws {
        var walk = Walk("n1", at: monday, start: "foyer")
        walk.signal(.workerNote, reason: "Mme Dupont n'a pas de papiers")
        walk.end(after: 5)
        let foyer = try #require(try await report([walk]).procedures.first?.steps.first)
        #expect(foyer.workerNotes == [WorkerNoteCount(category: .other, sessions: .value(1))])
    }

    @Test func sessionsBegunBeforeTheWindowAreLeftOutAndCounted() async throws {
        var early = Walk("early", at: monday, start: "foyer")
        early.answer(after: 7200, then: "revenus")
        early.end(after: 10)
        var inside = Walk("inside", at: monday + 3_600_000, start: "foyer")
        inside.end(after: 10)
        let windowed = try await report([early, inside], filter: EventFilter(since: monday + 1_800_000))
        #expect(windowed.sessionsWithoutStart == .value(1))
        #expect(windowed.procedures.first?.sessions.started == .value(1))
        #expect(windowed.procedures.first?.steps.map(\.step) == ["foyer"])
    }

    @Test func aQuietSessionIsInProgressForHalfAnHourThenStopped() async throws {
        var quiet = Walk("q1", at: monday, start: "foyer")
        quiet.answer(after: 10, then: "revenus")
        let lastEvent = quiet.time
        let recent = try #require(try await report([quiet], now: lastEvent + 29 * 60_000).procedures.first)
        #expect(recent.sessions.inProgress == .value(1))
        #expect(recent.sessions.stopped == .value(0))
        #expect(recent.steps.map(\.exits) == [.value(0), .value(0)])
        let old = try #require(try await report([quiet], now: lastEvent + 30 * 60_000).procedures.first)
        #expect(old.sessions.inProgress == .value(0))
        #expect(old.sessions.stopped == .value(1))
        #expect(old.sessions.notCompleted == .value(1))
        #expect(old.steps.map(\.exits) == [.value(0), .value(1)])
        // The last entry of a stopped session has no end: not timed.
        #expect(old.steps[1].dwell.measured == .value(0))
    }

    @Test func aTimeoutAfterAResumeEndsTheSessionAgain() async throws {
        var walk = Walk("t1", at: monday, start: "foyer")
        walk.end(.timedOut, after: 120)
        walk.resume(after: 600)
        walk.end(.abandoned, after: 5)
        let procedure = try #require(try await report([walk]).procedures.first)
        #expect(procedure.sessions.abandoned == .value(1))
        #expect(procedure.sessions.timedOut == .value(0))
        #expect(procedure.steps.first?.dwell.medianMilliseconds == .value(125_000))
    }
}
