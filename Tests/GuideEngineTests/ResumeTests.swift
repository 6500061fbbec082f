import Foundation
import GuideEngine
import ProcedureModel
import Testing

@Suite("Saving and resuming")
struct ResumeTests {
    static let firstHalf: [Input] = [.proceed, .answer("1"), .answer("700"), .noInput, .listen]
    static let secondHalf: [Input] = [.answer("oui"), .proceed, .answer("1990-03-05")]

    /// The session through JSON and back, as the server stores it.
    static func roundTrip(_ session: Session) throws -> Session {
        let data = try JSONEncoder().encode(session.saved)
        let saved = try JSONDecoder().decode(SavedSession.self, from: data)
        return try Session(resuming: saved, procedure: Fixture.procedure, conditions: try Fixture.conditions())
    }

    @Test("a session saved as JSON and resumed ends exactly like one never interrupted")
    func resumeMatchesUninterrupted() throws {
        let uninterrupted = try Fixture.session(after: Self.firstHalf + Self.secondHalf)

        var resumed = try Self.roundTrip(try Fixture.session(after: Self.firstHalf))
        #expect(resumed.saved.state == .atStep("aides"))
        #expect(resumed.saved.reprompts == 1)
        #expect(resumed.handle(.resume, at: 40) == [event(.resumed, "aides", at: 40)] + entered("aides", at: 40))
        for input in Self.secondHalf { _ = resumed.handle(input, at: 41) }

        #expect(resumed.state == uninterrupted.state)
        #expect(resumed.path == uninterrupted.path)
        #expect(resumed.answers == uninterrupted.answers)
        #expect(resumed.checklist == uninterrupted.checklist)
        #expect(resumed.saved == uninterrupted.saved)
    }

    @Test("a session abandoned by time-out can be resumed where it stopped")
    func resumeAfterTimeout() throws {
        var session = try Self.roundTrip(try Fixture.session(after: [.proceed, .answer("2+"), .timeout]))
        #expect(session.saved.state == .abandoned)
        #expect(session.handle(.resume, at: 50) == [event(.resumed, "revenus", at: 50)] + entered("revenus", at: 50))
        #expect(session.saved.state == .atStep("revenus"))
        #expect(session.answers == Answers(["foyer": .text("2+")]))
    }

    @Test("resuming a finished session shows its outcome again without logging a second completion")
    func resumeFinished() throws {
        var session = try Self.roundTrip(try Fixture.session(after: Self.firstHalf + Self.secondHalf))
        let effects = session.handle(.resume, at: 60)
        #expect(effects.events.map(\.kind) == [.resumed, .stepEntered])
        #expect(effects.last == .finish(outcomeStep: "fin", result: .eligible, checklist: ["avis-imposition", "attestation-caf", "formulaire-css"]))
    }

    @Test("a snapshot of another version, or naming an unknown step, or inconsistent, is refused")
    func refusedSnapshots() throws {
        let saved = try Fixture.session(after: [.proceed]).saved
        var otherVersion = saved
        otherVersion.procedureVersion = "2025-01"
        var unknownStep = saved
        unknownStep.visits[1].step = "foyer-v2"
        unknownStep.state = .atStep("foyer-v2")
        var wrongState = saved
        wrongState.state = .atStep("intro")
        var answerAtCurrent = saved
        answerAtCurrent.visits[1].answer = .text("1")

        for (snapshot, message) in [
            (otherVersion, "the saved session is for procedure 'css' version '2025-01', not 'css' version '2026-11'"),
            (unknownStep, "the saved session goes through step 'foyer-v2', which does not exist"),
            (wrongState, "the saved session's state (atStep(\"intro\")) does not match its path"),
            (answerAtCurrent, "the saved session has an answer for 'foyer' where none can be"),
        ] {
            let error = #expect(throws: ResumeError.self) {
                try Session(resuming: snapshot, procedure: Fixture.procedure, conditions: try Fixture.conditions())
            }
            #expect(error?.description == message)
        }
    }
}
