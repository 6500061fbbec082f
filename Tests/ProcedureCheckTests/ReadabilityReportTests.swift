import Foundation
import ProcedureCheck
import ProcedureModel
import ProcedureXML
import Testing

/// Per procedure and language: scores, warnings and the summary table `ariane check` prints.
@Suite struct ReadabilityReportTests {
    /// Three prompts counted in ReadabilityTests and below; the last is 21 words long and uses RSA.
    let xml = #"""
        <procedure xmlns="urn:ariane:procedure:1" id="t" version="1" xml:lang="fr">
          <title>Test</title>
          <source href="https://www.service-public.fr/" checked="2026-11-01"/>
          <start step="foyer"/>
          <step id="foyer" kind="question">
            <text>Combien de personnes vivent chez vous ?</text><audio>Combien ?</audio>
            <choice value="1" next="papiers"><text>Seul</text><audio>Seul.</audio></choice>
          </step>
          <step id="papiers" kind="information">
            <text>Préparez ce papier. Vous pouvez demander l'aide.</text><audio>Préparez ce papier.</audio>
            <next step="fin"/>
          </step>
          <step id="fin" kind="outcome" result="eligible">
            <text>Vous pouvez demander le RSA à la mairie de votre ville ou au centre social de votre quartier avec vos papiers.</text>
            <audio>Vous pouvez demander le RSA.</audio>
          </step>
        </procedure>
        """#

    func library(glossary: [String: GlossaryTerm] = [:]) throws -> ProcedureLibrary {
        ProcedureLibrary(procedures: [try ProcedureLoader().loadProcedure(xml: xml, file: "t.xml")], glossary: glossary)
    }

    @Test func scoresEachPromptAndTheProcedure() throws {
        let (reports, _) = ReadabilityChecker.check(try library())
        let report = try #require(reports.first)
        // Vous(1) pouvez(2) demander(3) le(1) RSA(3) à(1) la(1) mairie(2) de(1) votre(1) ville(1) ou(1) au(1)
        // centre(1) social(2) de(1) votre(1) quartier(2) avec(2) vos(1) papiers(2): 21 words, 31 syllables;
        // more than 6 letters: demander, quartier, papiers.
        let fin = ReadabilityCounts(sentences: 1, words: 21, syllables: 31, longWords: 3)
        #expect(report.prompts.map(\.id) == ["step.foyer.text", "step.papiers.text", "step.fin.text"])
        #expect(report.prompts[2].counts == fin)
        let finScore = 207 - 1.015 * 21 - 73.6 * 31 / 21
        #expect(try #require(report.medianKandelMoles).isClose(to: finScore))
        // All prompts: 4 sentences, 6 + 7 + 21 = 34 words, 9 + 13 + 31 = 53 syllables, 2 + 2 + 3 = 7 long words.
        #expect(try #require(report.overallKandelMoles).isClose(to: 207 - 1.015 * 34 / 4 - 73.6 * 53 / 34))
        #expect(try #require(report.lix).isClose(to: 34.0 / 4 + 700.0 / 34))
        #expect(report.longSentences == 1)
        #expect(report.unexplainedAcronyms == ["RSA"])
    }

    @Test func flagsLongSentencesAndUnexplainedAcronymsAtTheirText() throws {
        let (_, diagnostics) = ReadabilityChecker.check(try library())
        #expect(
            diagnostics.map(\.description) == [
                #"t.xml:14:5: warning: [long-sentence] step 'fin': a sentence of 21 words (aim for 12, at most 20): "Vous pouvez demander le RSA à …""#,
                #"t.xml:14:5: warning: [unexplained-acronym] step 'fin': 'RSA' is not explained: add it to glossary.xml, or write its meaning in parentheses the first time, e.g. "RSA (…)""#,
            ])
    }

    @Test func anAcronymInTheGlossaryIsExplained() throws {
        let rsa = GlossaryTerm(id: "rsa", abbreviation: "RSA", prompt: Prompt(text: "Revenu de solidarité active"))
        let (reports, diagnostics) = ReadabilityChecker.check(try library(glossary: ["rsa": rsa]))
        #expect(reports.first?.unexplainedAcronyms == [])
        #expect(diagnostics.count == 1)
    }

    @Test func anAcronymIsExplainedByParenthesesTheFirstTimeOnly() throws {
        let texts =
            "La CAF (caisse d'allocations familiales) paie. Le revenu de solidarité active (RSA) aussi. La CSS aide. Demandez la CSS (complémentaire santé solidaire)."
        let changed = xml.replacingOccurrences(of: "<text>Préparez ce papier. Vous pouvez demander l'aide.</text>", with: "<text>\(texts)</text>")
        let library = ProcedureLibrary(procedures: [try ProcedureLoader().loadProcedure(xml: changed, file: "t.xml")])
        #expect(ReadabilityChecker.check(library).reports.first?.unexplainedAcronyms == ["CSS"])
    }

    @Test func aMedianBelowTheGoalIsAWarning() throws {
        // Only the 'papiers' prompt, 66.76.
        let changed =
            xml
            .replacingOccurrences(of: "Combien de personnes vivent chez vous ?", with: "Préparez ce papier. Vous pouvez demander l'aide.")
            .replacingOccurrences(
                of: "Vous pouvez demander le RSA à la mairie de votre ville ou au centre social de votre quartier avec vos papiers.",
                with: "Préparez ce papier. Vous pouvez demander l'aide.")
        let library = ProcedureLibrary(procedures: [try ProcedureLoader().loadProcedure(xml: changed, file: "t.xml")])
        #expect(
            ReadabilityChecker.check(library).diagnostics.map(\.description) == [
                "t.xml:1:1: warning: [hard-to-read] the prompts' median Kandel & Moles score is 66.8, below the goal of 70: use shorter sentences and shorter words"
            ])
    }

    @Test func translationsGetARowWithLIXOnly() throws {
        let english = TranslationFile(
            path: "locales/en/t.xlf", original: "t.xml", targetLanguage: "en",
            units: [
                TranslationUnit(
                    id: "step.foyer.text", source: [.text("Combien de personnes vivent chez vous ?")], target: [.text("How many people live in your home?")],
                    state: .translated),
                TranslationUnit(id: "step.fin.text", source: [.text("…")], target: [.text("Out of date.")], state: .needsReviewTranslation),
            ])
        let locale = LocaleTranslations(language: "en", folder: "locales/en", files: ["t": english])
        let (reports, _) = ReadabilityChecker.check(try library(), locales: [locale])
        #expect(reports.map(\.language) == ["fr", "en"])
        #expect(reports[1].prompts.map(\.id) == ["step.foyer.text"])
        #expect(reports[1].medianKandelMoles == nil)
        // How many people live in your home: 7 words, none longer than 6 letters.
        #expect(reports[1].lix == 7)
        #expect(
            ReadabilityTable.render(reports) == """
                Readability: Kandel & Moles (French; higher is easier, goal ≥ 70), LIX (lower is easier)
                procedure  language  prompts  median K&M  overall K&M   LIX  long sentences  acronyms
                t          fr              3        77.0         83.6  29.1               1         1
                t          en              1           —            —   7.0               0         0

                """)
    }
}
