import GuideEngine
import ProcedureModel
import Testing

@Suite("When the procedure itself is at fault")
struct ConditionTests {
    @Test("a condition that cannot be evaluated stops the move, says why, and forgets nothing nor records the answer")
    func conditionFailure() throws {
        // Compiles, but libxml2 only finds out at evaluation that the function does not exist.
        var procedure = Fixture.procedure
        procedure.steps[3].transitions[0].condition = Condition(
            expression: "nosuch($aides) = 'oui'", variables: ["aides"], comparisons: [],
            location: SourceLocation(line: 12, column: 7))
        var session = try Fixture.session(procedure)
        for (time, input) in [Input.start, .proceed, .answer("1"), .answer("700")].enumerated() {
            _ = session.handle(input, at: Int64(time))
        }
        let before = session.saved
        #expect(
            session.handle(.answer("oui"), at: 9) == [
                event(.inputRejected, "aides", at: 9, reason: "cannot-continue"),
                .cannotContinue("at step 'aides', line 12, column 7: cannot evaluate 'nosuch($aides) = 'oui'': evaluation failed"),
            ])
        #expect(session.saved == before)
        #expect(session.answers["aides"] == nil)
    }

    @Test("a step whose conditions all fail to hold is an authoring fault, not the resident's")
    func noWayForward() throws {
        var procedure = Fixture.procedure
        procedure.steps[3].transitions.removeLast()  // `aides`: only "oui" leads on now
        var session = try Fixture.session(procedure)
        for (time, input) in [Input.start, .proceed, .answer("1"), .answer("700")].enumerated() {
            _ = session.handle(input, at: Int64(time))
        }
        #expect(session.handle(.answer("non"), at: 9).actions == [.cannotContinue("no transition from 'aides' holds")])
        #expect(session.saved.state == .atStep("aides"))
    }

    @Test("a start step that does not exist cannot start")
    func missingStart() throws {
        var procedure = Fixture.procedure
        procedure.start = Reference(id: "accueil")
        var session = try Fixture.session(procedure)
        #expect(session.handle(.start, at: 1) == [.cannotContinue("the start step 'accueil' does not exist")])
        #expect(session.saved.state == .notStarted)
    }
}
