import ProcedureModel
import Testing

@testable import ProcedureXML

/// Conditions evaluated by libxml2 over answers.
@Suite struct XPathConditionTests {
    let procedure: Procedure
    let conditions: XPathConditions

    init() throws {
        procedure = try ProcedureLoader().loadProcedure(xml: validProcedure, file: "t.xml")
        conditions = try XPathConditions(procedure: procedure)
    }

    func condition(of step: String) throws -> Condition {
        try #require(procedure.step(step)?.transitions.first?.condition)
    }

    @Test func choiceAnswerIsAString() throws {
        let foyer = try condition(of: "foyer")
        #expect(try conditions.isSatisfied(foyer, answers: Answers(["foyer": .text("1")])))
        #expect(try !conditions.isSatisfied(foyer, answers: Answers(["foyer": .text("2+")])))
    }

    @Test func unansweredQuestionIsTheEmptyString() throws {
        #expect(try !conditions.isSatisfied(try condition(of: "foyer"), answers: Answers()))
    }

    @Test func numberAnswerComparesAsANumber() throws {
        let revenus = try condition(of: "revenus")
        #expect(try conditions.isSatisfied(revenus, answers: Answers(["revenus": .number(850)])))
        #expect(try !conditions.isSatisfied(revenus, answers: Answers(["revenus": .number(850.5)])))
    }

    @Test func evaluationFromManyThreadsAgrees() async throws {
        let revenus = try condition(of: "revenus")
        let conditions = self.conditions
        let results = await withTaskGroup(of: Bool.self) { group in
            for value in 0..<200 {
                group.addTask { (try? conditions.isSatisfied(revenus, answers: Answers(["revenus": .number(Double(value * 10))]))) ?? false }
            }
            return await group.reduce(into: 0) { count, holds in count += holds ? 1 : 0 }
        }
        #expect(results == 86)  // 0, 10, …, 850
    }
}

/// A condition is compiled once: when the loader checks it, and never again for the evaluator.
@Suite struct CompileOnceTests {
    @Test func theEvaluatorUsesTheExpressionTheLoaderCompiled() throws {
        let expression = "$revenus <= 1234.5 and $foyer = 'compile-once'"
        let first = try CompiledXPath.compile(expression).get()
        let again = try CompiledXPath.compile(expression).get()
        #expect(first === again)
        #expect(try CompiledXPath.compile("$revenus <= 1234.6").get() !== first)
    }
}
