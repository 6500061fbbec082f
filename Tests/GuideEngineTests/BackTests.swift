import GuideEngine
import ProcedureModel
import Testing

@Suite("Going back")
struct BackTests {
    /// At `naissance`, having passed the `justificatifs` checklist.
    static let atBirthDate: [Input] = [.proceed, .answer("1"), .answer("700"), .answer("oui"), .proceed]

    @Test("back over several steps forgets the answers from the step returned to on, and their documents")
    func backSeveralSteps() throws {
        var session = try Fixture.session(after: Self.atBirthDate)
        #expect(session.checklist == ["avis-imposition", "attestation-caf"])

        let effects = session.handle(.back(steps: 3), at: 50)

        #expect(effects == [event(.back, "naissance", at: 50, value: "revenus", count: 3)] + entered("revenus", at: 50))
        #expect(session.path == ["intro", "foyer", "revenus"])
        #expect(session.saved.state == .atStep("revenus"))
        #expect(session.answers == Answers(["foyer": .text("1")]))
        #expect(session.checklist == [])
    }

    @Test("back onto a checklist step takes its documents out until it is passed again")
    func backOntoChecklist() throws {
        var session = try Fixture.session(after: Self.atBirthDate)
        _ = session.handle(.back(steps: 1), at: 50)
        #expect(session.currentStep?.id == "justificatifs")
        #expect(session.checklist == [])
        #expect(session.answers["aides"] == .text("oui"))
    }

    @Test("after going back, a different answer takes a different branch")
    func backThenOtherBranch() throws {
        var session = try Fixture.session(after: Self.atBirthDate)
        _ = session.handle(.back(steps: 2), at: 50)
        _ = session.handle(.answer("non"), at: 51)
        _ = session.handle(.proceed, at: 52)
        #expect(session.path == ["intro", "foyer", "revenus", "aides", "pieces", "naissance"])
        #expect(session.checklist == ["avis-imposition", "piece-identite"])
    }

    @Test("going back further than the start stops at the start and says how far it went")
    func backIsClamped() throws {
        var session = try Fixture.session(after: [.proceed, .answer("2+")])
        let effects = session.handle(.back(steps: 99), at: 50)
        #expect(effects.events.first == event(.back, "revenus", at: 50, value: "intro", count: 2).loggedEvent)
        #expect(session.path == ["intro"])
        #expect(session.answers.isEmpty)
    }

    @Test("back at the start, or by less than one step, is refused and changes nothing", arguments: [1, 0, -2])
    func backAtStart(steps: Int) throws {
        var session = try Fixture.session(after: [])
        let before = session.saved
        #expect(
            session.handle(.back(steps: steps), at: 50) == [
                event(.inputRejected, "intro", at: 50, reason: "cannot-go-back"), .reject(.cannotGoBack),
            ])
        #expect(session.saved == before)
    }

    @Test("on a path that loops, going back restores the answer given at the earlier visit")
    func backInLoop() throws {
        var session = try Fixture.session(Loop.procedure)
        _ = session.handle(.start, at: 1)
        _ = session.handle(.answer("oui"), at: 2)  // enfant → encore
        _ = session.handle(.answer("oui"), at: 3)  // encore → enfant
        _ = session.handle(.answer("non"), at: 4)  // enfant → encore (2nd visit)
        #expect(session.path == ["enfant", "encore", "enfant", "encore"])
        #expect(session.answers["enfant"] == .text("non"))

        _ = session.handle(.back(steps: 1), at: 5)
        // Back at the second `enfant`: its answer is forgotten, the first `encore` answer stays.
        #expect(session.answers == Answers(["enfant": .text("oui"), "encore": .text("oui")]))
    }
}

extension Effect {
    /// The event inside a `log` effect.
    var loggedEvent: GuideEvent? {
        if case .log(let event) = self { event } else { nil }
    }
}

/// `enfant` (oui/non) → `encore` (oui: back to `enfant`, non: `fin`): a procedure whose path loops.
enum Loop {
    static let procedure = Procedure(
        id: "css", version: "2026-11", language: "fr", title: "Boucle", start: Reference(id: "enfant"),
        steps: [
            question("enfant", next: ["oui": "encore", "non": "encore"]),
            question("encore", next: ["oui": "enfant", "non": "fin"]),
            Step(id: "fin", kind: .outcome, prompt: Prompt(text: "Fin"), outcome: .eligible),
        ])

    static func question(_ id: String, next: [String: String]) -> Step {
        Step(
            id: id, kind: .question, prompt: Prompt(text: id), answer: .yesNo,
            choices: ["oui", "non"].map { Choice(value: $0, next: next[$0], prompt: Prompt(text: $0)) })
    }
}
