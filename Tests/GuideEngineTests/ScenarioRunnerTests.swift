import GuideEngine
import ProcedureModel
import Testing

@Suite("Scenario runner")
struct ScenarioRunnerTests {
    static let scenario = Fixture.procedure.scenarios[0]

    /// The fixture scenario with the answer for `step` replaced (or removed with `nil`).
    static func scenario(answering step: String, with value: String?) -> Scenario {
        var scenario = scenario
        scenario.answers.removeAll { $0.step == step }
        if let value { scenario.answers.append(.init(step: step, value: value)) }
        return scenario
    }

    static func run(_ scenario: Scenario, in procedure: Procedure = Fixture.procedure) throws -> ScenarioResult {
        ScenarioRunner.run(scenario, in: procedure, conditions: try Fixture.conditions(procedure))
    }

    @Test("a scenario that reaches its outcome with its documents passes")
    func passes() throws {
        #expect(
            try Self.run(Self.scenario)
                == ScenarioResult(
                    path: ["intro", "foyer", "revenus", "aides", "justificatifs", "naissance", "fin"], reachedOutcome: "fin",
                    checklist: ["avis-imposition", "attestation-caf", "formulaire-css"], failure: nil))
        #expect(try Self.run(Self.scenario).passed)
    }

    @Test(
        "a scenario that diverges says where, in plain words",
        arguments: [
            ("naissance", nil, "at step 'naissance' the scenario gives no answer"),
            ("foyer", "3", "'3' is not a choice of 'foyer'"),
            ("revenus", "-1", "'-1' is out of range for 'revenus' (at least 0, at most 100000)"),
            ("revenus", "beaucoup", "'beaucoup' is not a number, which 'revenus' asks for"),
            ("naissance", "30/02/1990", "'30/02/1990' is not a date, which 'naissance' asks for"),
            ("foyer", "2+", "ended at 'orienter' but expected 'fin'"),
            ("aides", "non", "checklist lacks 'attestation-caf'"),
        ] as [(String, String?, String)])
    func failures(step: String, value: String?, failure: String) throws {
        let result = try Self.run(Self.scenario(answering: step, with: value))
        #expect(!result.passed)
        #expect(result.failure == failure)
    }

    @Test("a failure keeps the path up to where it stopped")
    func pathOfFailure() throws {
        let result = try Self.run(Self.scenario(answering: "revenus", with: nil))
        #expect(result.path == ["intro", "foyer", "revenus"])
        #expect(result.reachedOutcome == nil)
    }

    @Test("a procedure that cannot go on is reported as stuck")
    func stuck() throws {
        var procedure = Fixture.procedure
        procedure.steps[3].transitions.removeLast()
        let result = try Self.run(Self.scenario(answering: "aides", with: "non"), in: procedure)
        #expect(result.failure == "stuck: no transition from 'aides' holds")
    }

    @Test("answers that go round in a loop give up after the input limit")
    func loop() throws {
        let scenario = Scenario(
            name: "boucle", answers: [.init(step: "enfant", value: "oui"), .init(step: "encore", value: "oui")],
            expectedOutcome: Reference(id: "fin"))
        let result = try Self.run(scenario, in: Loop.procedure)
        #expect(result.failure == "gave up at 'encore' after 10000 inputs: the answers go round in a loop")
        #expect(result.path.count == 10_000)
    }

    @Test("answers for a step met twice are used in order, the last one sticking")
    func answersInOrder() throws {
        let scenario = Scenario(
            name: "deux enfants",
            answers: [
                .init(step: "enfant", value: "oui"), .init(step: "encore", value: "oui"),
                .init(step: "enfant", value: "non"), .init(step: "encore", value: "non"),
            ],
            expectedOutcome: Reference(id: "fin"))
        let result = try Self.run(scenario, in: Loop.procedure)
        #expect(result.passed)
        #expect(result.path == ["enfant", "encore", "enfant", "encore", "fin"])
    }
}
