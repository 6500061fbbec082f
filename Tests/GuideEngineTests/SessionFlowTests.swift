import GuideEngine
import ProcedureModel
import Testing

@Suite("A session from start to outcome")
struct SessionFlowTests {
    @Test("start → answers → finish produces exactly the expected effects, in order")
    func fullRun() throws {
        var session = try Fixture.session()
        #expect(session.saved.state == .notStarted)

        #expect(session.handle(.start, at: 1) == [event(.sessionStarted, "intro", at: 1)] + entered("intro", at: 1))
        #expect(session.handle(.proceed, at: 2) == entered("foyer", at: 2))
        #expect(session.handle(.answer("1"), at: 3) == [event(.answered, "foyer", at: 3, value: "1")] + entered("revenus", at: 3))
        // Sensitive: the step is logged, the amount is not.
        #expect(session.handle(.answer("1 200,50"), at: 4) == [event(.answered, "revenus", at: 4)] + entered("aides", at: 4))
        #expect(session.handle(.answer("oui"), at: 5) == [event(.answered, "aides", at: 5, value: "oui")] + entered("justificatifs", at: 5))
        #expect(session.handle(.proceed, at: 6) == entered("naissance", at: 6))
        #expect(
            session.handle(.answer("05/03/1990"), at: 7) == [
                event(.answered, "naissance", at: 7, value: "1990-03-05"),
                event(.stepEntered, "fin", at: 7), .show(step: "fin", reprompt: 0), .play(Fixture.audio("Audio fin")),
                event(.completed, "fin", at: 7, value: "fin", reason: "eligible"),
                .finish(outcomeStep: "fin", result: .eligible, checklist: ["avis-imposition", "attestation-caf", "formulaire-css"]),
            ])

        #expect(session.saved.state == .finished(outcomeStep: "fin"))
        #expect(session.currentStep?.id == "fin")
        #expect(session.path == ["intro", "foyer", "revenus", "aides", "justificatifs", "naissance", "fin"])
        #expect(
            session.answers
                == Answers([
                    "foyer": .text("1"), "revenus": .number(1200.5), "aides": .text("oui"), "naissance": .number(19_900_305),
                ]))
    }

    @Test("a condition reading an earlier answer routes the path")
    func conditionsRoute() throws {
        let session = try Fixture.session(after: [.proceed, .answer("2+"), .answer("0"), .answer("non"), .proceed, .answer("1990-03-05")])
        #expect(session.saved.state == .finished(outcomeStep: "orienter"))
        #expect(session.path == ["intro", "foyer", "revenus", "aides", "pieces", "naissance", "orienter"])
        #expect(session.checklist == ["avis-imposition", "piece-identite"])
    }

    @Test("a choice is matched ignoring case and surrounding spaces, and stored as the choice's own value")
    func choiceMatching() throws {
        var session = try Fixture.session(after: [.proceed, .answer("1"), .answer("700")])
        let effects = session.handle(.answer("  OUI "), at: 9)
        #expect(effects.events.first?.value == "oui")
        #expect(session.answers["aides"] == .text("oui"))
    }

    @Test("the checklist holds only checklist steps passed, then the outcome's documents")
    func checklistFollowsProgress() throws {
        var session = try Fixture.session(after: [.proceed, .answer("1"), .answer("700"), .answer("oui")])
        #expect(session.currentStep?.id == "justificatifs")
        #expect(session.checklist == [])
        _ = session.handle(.proceed, at: 10)
        #expect(session.checklist == ["avis-imposition", "attestation-caf"])
    }
}
