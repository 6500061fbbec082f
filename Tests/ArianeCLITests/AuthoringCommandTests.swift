import ArianeTestFixtures
import Foundation
import Testing

/// `validate`, `check`, `test` and `graph`, as an author runs them.
@Suite struct AuthoringCommandTests {
    @Test func validateSaysHowManyFilesAreValid() throws {
        let result = try ArianeProcess.run(["validate", "."], in: try fixtureFolder())
        #expect(result.status == 0)
        #expect(result.standardOutput == "3 files valid\n")
    }

    @Test func validateReportsEachProblemCompilerStyle() throws {
        let broken = fixtureProcedure.replacingOccurrences(of: #"when="$revenus &lt;= 900""#, with: #"when="$revenus = = 900""#)
        let result = try ArianeProcess.run(["validate", "."], in: try fixtureFolder(procedure: broken))
        #expect(result.status == 1)
        #expect(result.standardError == "./essai.xml:19:43: error: invalid condition: invalid expression\n")
        #expect(result.standardOutput == "1 file of 3 invalid\n")
    }

    @Test func checkIsCleanOnTheFixture() throws {
        let result = try ArianeProcess.run(["check", "essai.xml"], in: try fixtureFolder())
        #expect(result.standardError == "")
        #expect(
            result.standardOutput == """
                1 procedure checked: 0 errors, 0 warnings

                Readability: Kandel & Moles (French; higher is easier, goal ≥ 70), LIX (lower is easier)
                procedure  language  prompts  median K&M  overall K&M   LIX  long sentences  acronyms
                essai      fr              5        74.1         90.3  30.7               0         0

                """)
        #expect(result.status == 0)
    }

    @Test func checkFailsOnErrorsAndNamesTheSteps() throws {
        let broken = fixtureProcedure.replacingOccurrences(of: #"<next step="ok"/>"#, with: #"<next step="fin"/>"#)
        let result = try ArianeProcess.run(["check", "essai.xml"], in: try fixtureFolder(procedure: broken))
        #expect(result.status == 1)
        #expect(result.standardError.contains("essai.xml:26:5: error: [missing-step] step 'papiers' goes to 'fin', which does not exist\n"))
        #expect(result.standardOutput.hasPrefix("1 procedure checked: "))
    }

    @Test func testReplaysScenarios() throws {
        let result = try ArianeProcess.run(["test", "essai.xml"], in: try fixtureFolder())
        #expect(result.status == 0)
        #expect(result.standardOutput == "pass essai: seul, petits revenus\npass essai: famille\n2 scenarios: 2 passed, 0 failed\n")
    }

    @Test func failingScenarioShowsThePathAndWhereItDiverged() throws {
        let broken = fixtureProcedure.replacingOccurrences(of: #"<answer step="revenus" value="700"/>"#, with: #"<answer step="revenus" value="2000"/>"#)
        let result = try ArianeProcess.run(["test", "essai.xml"], in: try fixtureFolder(procedure: broken))
        #expect(result.status == 1)
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.first == "FAIL essai: seul, petits revenus")
        #expect(lines.dropFirst().first == "     path: foyer → revenus → refus")
        #expect(lines.last == "2 scenarios: 1 passed, 1 failed")
        #expect(result.standardError.hasPrefix("essai.xml:37:3: error: scenario 'seul, petits revenus' failed: "))
    }

    @Test func graphDrawsChoicesConditionsAndOutcomes() throws {
        let result = try ArianeProcess.run(["graph", "essai.xml", "--format", "mermaid"], in: try fixtureFolder())
        #expect(result.status == 0)
        #expect(
            result.standardOutput == """
                ---
                title: Démarche d'essai
                ---
                flowchart TD
                  start(( )) --> s_foyer
                  s_foyer{{"foyer: Combien de personnes vivent chez vous ?"}}
                  s_foyer -->|"2+"| s_refus
                  s_foyer -->|"otherwise"| s_revenus
                  s_revenus{{"revenus: Combien gagnez-vous par mois ?"}}
                  s_revenus -.->|"$revenus #lt;= 900"| s_papiers
                  s_revenus -->|"otherwise"| s_refus
                  s_papiers["papiers: Préparez ce papier."]
                  s_papiers --> s_ok
                  s_ok(["ok: Vous pouvez demander l'aide."]):::eligible
                  s_refus(["refus: Cette aide n'est pas pour vous."]):::noteligible
                  classDef eligible fill:#c8e6c9,stroke:#333,stroke-width:2px
                  classDef noteligible fill:#ffcdd2,stroke:#333,stroke-width:2px
                  classDef refer fill:#ffe0b2,stroke:#333,stroke-width:2px

                """)
    }

    @Test func graphInDOTHighlightsOutcomes() throws {
        let result = try ArianeProcess.run(["graph", "essai.xml"], in: try fixtureFolder())
        #expect(result.status == 0)
        #expect(result.standardOutput.hasPrefix("digraph \"essai\" {\n"))
        #expect(
            result.standardOutput.contains(
                "  \"ok\" [label=\"ok\\nVous pouvez demander l'aide.\", shape=box, style=\"rounded,filled,bold\", fillcolor=\"#c8e6c9\", peripheries=2];\n"))
        #expect(result.standardOutput.contains("  \"revenus\" -> \"papiers\" [label=\"$revenus <= 900\", style=dashed];\n"))
    }
}
