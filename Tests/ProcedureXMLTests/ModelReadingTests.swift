import ProcedureModel
import ProcedureXML
import Testing

/// What the loader reads out of a valid file, and where it says each thing is.
@Suite struct ModelReadingTests {
    let procedure: Procedure

    init() throws {
        procedure = try ProcedureLoader().loadProcedure(xml: validProcedure, file: "procedures/css.xml")
    }

    @Test func metadata() {
        #expect(procedure.id == "css")
        #expect(procedure.version == "2026-11")
        #expect(procedure.language == "fr")
        #expect(
            procedure.sources == [
                OfficialSource(
                    href: "https://www.service-public.fr/particuliers/vosdroits/F10027", checked: "2026-11-27", location: SourceLocation(line: 4, column: 78))
            ])
        #expect(procedure.start == Reference(id: "foyer", location: SourceLocation(line: 5, column: 10)))
        #expect(procedure.steps.map(\.id) == ["foyer", "revenus", "fin"])
    }

    @Test func questionWithChoicesAndCondition() throws {
        let foyer = try #require(procedure.step("foyer"))
        #expect(foyer.kind == .question)
        #expect(foyer.answer == .choice)
        #expect(foyer.location == SourceLocation(line: 6, column: 3))
        #expect(foyer.choices.map(\.value) == ["1", "2+"])
        #expect(foyer.choices.map(\.next) == [nil, "fin"])
        #expect(foyer.choices[1].location == SourceLocation(line: 10, column: 5))
        let transition = try #require(foyer.transitions.first)
        #expect(transition.target == "revenus")
        #expect(transition.location == SourceLocation(line: 11, column: 5))
        let condition = try #require(transition.condition)
        #expect(condition.expression == "$foyer = '1'")
        #expect(condition.variables == ["foyer"])
        #expect(condition.comparisons == [Condition.Comparison(variable: "foyer", literal: "1", offset: 9)])
        #expect(condition.location == SourceLocation(line: 11, column: 26))
    }

    @Test func audioScriptKeepsWordsApartAroundMarkup() throws {
        let audio = try #require(procedure.step("foyer")?.prompt.audio)
        #expect(audio.spokenText == "Combien de personnes vivent chez vous ? Touchez le bon chiffre.")
        #expect(audio.ssml == #"Combien de personnes vivent <emphasis level="moderate">chez vous</emphasis> ?<break time="300ms"/>Touchez le bon chiffre."#)
        #expect(procedure.step("fin")?.prompt.audio?.spokenText == "Vous pouvez demander la complémentaire santé solidaire.")
    }

    @Test func numberQuestionIsSensitiveWithBounds() throws {
        let revenus = try #require(procedure.step("revenus"))
        #expect(revenus.answer == .number(minimum: 0, maximum: 100_000, unit: "euros"))
        #expect(revenus.isSensitive)
        #expect(revenus.transitions.map(\.condition?.expression) == ["$revenus <= 850", nil])
    }

    @Test func scenario() throws {
        let scenario = try #require(procedure.scenarios.first)
        #expect(scenario.name == "seul")
        #expect(scenario.answers.map(\.value) == ["1", "700"])
        #expect(scenario.expectedOutcome.id == "fin")
    }
}
