import GuideEngine
import ProcedureModel
import Testing

@Suite("No input, help and audio")
struct RepromptTests {
    @Test("no input re-shows and re-says the step, counting 1, 2, 3; the count starts again at the next step")
    func noInputCounts() throws {
        var session = try Fixture.session(after: [.proceed])
        for count in 1...3 {
            #expect(
                session.handle(.noInput, at: Int64(count)) == [
                    event(.noInput, "foyer", at: Int64(count), count: count),
                    .show(step: "foyer", reprompt: count), .play(Fixture.audio("Audio foyer")),
                ])
        }
        #expect(session.saved.reprompts == 3)
        _ = session.handle(.answer("1"), at: 10)
        #expect(session.handle(.noInput, at: 11).events.first?.count == 1)
    }

    @Test("the first press of « écouter » at a step is a play, later ones are replays, again per step")
    func listen() throws {
        var session = try Fixture.session(after: [])
        let play = Effect.play(Fixture.audio("Audio intro"))
        #expect(session.handle(.listen, at: 1) == [event(.audioPlayed, "intro", at: 1), play])
        #expect(session.handle(.listen, at: 2) == [event(.audioReplayed, "intro", at: 2), play])
        _ = session.handle(.proceed, at: 3)
        #expect(session.handle(.listen, at: 4).events.map(\.kind) == [.audioPlayed])
    }

    @Test("a step without audio refuses « écouter » and says nothing")
    func listenWithoutAudio() throws {
        var session = try Fixture.session(Loop.procedure)
        _ = session.handle(.start, at: 1)
        #expect(session.handle(.listen, at: 2) == [event(.inputRejected, "enfant", at: 2, reason: "no-audio"), .reject(.noAudio)])
    }

    @Test("« je ne comprends pas » shows the step's help and its help points")
    func help() throws {
        var session = try Fixture.session(after: [.proceed])
        #expect(
            session.handle(.help, at: 5) == [
                event(.helpAsked, "foyer", at: 5),
                .showHelp(step: "foyer", help: "Comptez aussi les enfants.", helpPoints: ["france-services"]),
            ])
    }

    @Test("hand-off and worker notes are logged and change nothing else")
    func workerInputs() throws {
        var session = try Fixture.session(after: [.proceed])
        let before = session.saved
        #expect(session.handle(.handOff, at: 5) == [event(.handedOff, "foyer", at: 5)])
        #expect(session.handle(.workerNote(.missingDocument), at: 6) == [event(.workerNote, "foyer", at: 6, reason: "missing-document")])
        #expect(session.saved == before)
    }
}
