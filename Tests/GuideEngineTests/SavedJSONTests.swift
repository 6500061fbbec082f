import Foundation
import GuideEngine
import ProcedureModel
import Testing

/// Saved sessions are kept as JSON at workers' desks across updates: what an earlier version wrote must
/// still resume.
@Suite("Saved sessions written before the walk")
struct SavedJSONTests {
    /// Written by `SavedSession` as it was before ``Session/State`` carried a walk (JSONEncoder, sorted keys).
    static let context = #"{"channel":"kiosk","locale":"fr","sessionID":"s-42","site":"mairie-nord","terminal":"borne-1"}"#
    static let passed =
        #"{"step":"intro"},{"answer":{"text":{"_0":"1"}},"step":"foyer"},{"answer":{"number":{"_0":700}},"step":"revenus"}"#
    static let atStep =
        #"{"context":\#(context),"listens":1,"procedureID":"css","procedureVersion":"2026-11","reprompts":1,"#
        + #""state":{"atStep":{"_0":"aides"}},"visits":[\#(passed),{"step":"aides"}]}"#
    static let abandoned =
        #"{"context":\#(context),"listens":0,"procedureID":"css","procedureVersion":"2026-11","reprompts":0,"#
        + #""state":{"abandoned":{}},"visits":[\#(passed),{"step":"aides"}]}"#
    static let finished =
        #"{"context":\#(context),"listens":0,"procedureID":"css","procedureVersion":"2026-11","reprompts":0,"#
        + #""state":{"finished":{"outcomeStep":"fin"}},"visits":[\#(passed),{"answer":{"text":{"_0":"oui"}},"step":"aides"},"#
        + #"{"step":"justificatifs"},{"answer":{"number":{"_0":19900305}},"step":"naissance"},{"step":"fin"}]}"#
    static let notStarted =
        #"{"context":\#(context),"listens":0,"procedureID":"css","procedureVersion":"2026-11","reprompts":0,"#
        + #""state":{"notStarted":{}},"visits":[]}"#

    static func resume(_ json: String) throws -> Session {
        let saved = try JSONDecoder().decode(SavedSession.self, from: Data(json.utf8))
        return try Session(resuming: saved, procedure: Fixture.procedure, conditions: try Fixture.conditions())
    }

    @Test(
        "each state as saved before resumes, and is saved again in the same JSON",
        arguments: [
            atStep, abandoned, finished, notStarted,
        ])
    func oldJSONResumesAndReadsTheSame(json: String) throws {
        let session = try Self.resume(json)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(String(decoding: try encoder.encode(session.saved), as: UTF8.self) == json)
    }

    @Test("a session saved at a question goes on from there with its answers and counts")
    func atStepGoesOn() throws {
        var session = try Self.resume(Self.atStep)
        #expect(session.path == ["intro", "foyer", "revenus", "aides"])
        #expect(session.answers == Answers(["foyer": .text("1"), "revenus": .number(700)]))
        #expect(session.handle(.listen, at: 5).events.map(\.kind) == [.audioReplayed])
        #expect(session.handle(.answer("oui"), at: 6).actions.first == .show(step: "justificatifs", reprompt: 0))
    }

    @Test("a session saved after a time-out reopens at its step; a finished one shows its outcome")
    func endedSessionsResume() throws {
        var abandoned = try Self.resume(Self.abandoned)
        #expect(abandoned.currentStep == nil)
        _ = abandoned.handle(.resume, at: 5)
        #expect(abandoned.currentStep?.id == "aides")

        var finished = try Self.resume(Self.finished)
        #expect(finished.currentStep?.id == "fin")
        #expect(
            finished.handle(.resume, at: 5).last
                == .finish(
                    outcomeStep: "fin", result: .eligible, checklist: ["avis-imposition", "attestation-caf", "formulaire-css"]))
    }

    @Test("a snapshot abandoned at an outcome is refused: a session is only left at a step waiting for input")
    func abandonedAtOutcomeRefused() throws {
        var saved = try JSONDecoder().decode(SavedSession.self, from: Data(Self.finished.utf8))
        saved.state = .abandoned
        let error = #expect(throws: ResumeError.self) {
            try Session(resuming: saved, procedure: Fixture.procedure, conditions: try Fixture.conditions())
        }
        #expect(error?.description == "the saved session's state (abandoned) does not match its path")
    }
}
