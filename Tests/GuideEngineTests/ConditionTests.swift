import GuideEngine
import ProcedureModel
import Testing

@Suite("When the procedure itself is at fault")
struct ConditionTests {
    /// Evaluates nothing: every condition fails, as a broken expression would at run time.
    struct FailingConditions: ConditionEvaluator {
        func isSatisfied(_ condition: Condition, answers: Answers) throws -> Bool {
            throw ConditionFailure(expression: condition.expression, location: SourceLocation(line: 12, column: 7), reason: "unknown function")
        }
    }

    @Test("a condition that cannot be evaluated stops the move, says why, and forgets nothing nor records the answer")
    func conditionFailure() {
        var session = Session(procedure: Fixture.procedure, context: Fixture.context, conditions: FailingConditions())
        for (time, input) in [Input.start, .proceed, .answer("1"), .answer("700")].enumerated() {
            _ = session.handle(input, at: Int64(time))
        }
        let before = session.saved
        #expect(session.handle(.answer("oui"), at: 9) == [
            event(.inputRejected, "aides", at: 9, reason: "cannot-continue"),
            .cannotContinue("at step 'aides', line 12, column 7: cannot evaluate '$aides = 'oui'': unknown function"),
        ])
        #expect(session.saved == before)
        #expect(session.answers["aides"] == nil)
    }

    @Test("a step whose conditions all fail to hold is an authoring fault, not the resident's")
    func noWayForward() {
        var procedure = Fixture.procedure
        procedure.steps[3].transitions.removeLast()  // `aides`: only "oui" leads on now
        var session = Fixture.session(procedure)
        for (time, input) in [Input.start, .proceed, .answer("1"), .answer("700")].enumerated() {
            _ = session.handle(input, at: Int64(time))
        }
        #expect(session.handle(.answer("non"), at: 9).actions == [.cannotContinue("no transition from 'aides' holds")])
        #expect(session.state == .atStep("aides"))
    }

    @Test("a start step that does not exist cannot start")
    func missingStart() {
        var procedure = Fixture.procedure
        procedure.start = Reference(id: "accueil")
        var session = Fixture.session(procedure)
        #expect(session.handle(.start, at: 1) == [.cannotContinue("the start step 'accueil' does not exist")])
        #expect(session.state == .notStarted)
    }
}
