import Foundation
import ProcedureModel
import ProcedureXML
import Testing

/// Procedures, directories and the glossary shown in another language, French where a unit is missing.
@Suite struct XliffTranslationTests {
    let english = xliff(
        """
              <trans-unit id="procedure.title"><source>Demander la CSS</source><target state="translated">Apply for the CSS</target></trans-unit>
              <trans-unit id="step.foyer.text"><source>Combien de personnes vivent chez vous ?</source><target state="translated">How many people live in your home?</target></trans-unit>
              <trans-unit id="step.foyer.choice.1.text"><source>1 personne</source><target state="needs-review-translation">One</target></trans-unit>
              <trans-unit id="step.fin.audio"><source>Vous pouvez demander la <g id="1" ctype="x-sub">complémentaire santé solidaire</g>.</source>
                <target state="translated">You can apply for the <g id="1" ctype="x-sub">solidarity health insurance</g>.</target></trans-unit>
        """)

    func translatedFixture() throws -> (procedure: Procedure, missing: [String]) {
        let procedure = try ProcedureLoader().loadProcedure(xml: validProcedure, file: "procedures/css.xml")
        return translated(procedure, with: TranslationCatalogue(try readXliff(english).file))
    }

    @Test func translatedUnitsReplaceTheFrench() throws {
        let procedure = try translatedFixture().procedure
        #expect(procedure.title == "Apply for the CSS")
        #expect(procedure.language == "en")
        #expect(procedure.step("foyer")?.prompt.text == "How many people live in your home?")
        // Steps keep their ids, so the procedure can still be walked.
        #expect(procedure.index(of: "fin") == 2)
    }

    @Test func aSubstitutionSpeaksTheTranslationAndKeepsTheFrenchWrittenForm() throws {
        let audio = try #require(try translatedFixture().procedure.step("fin")?.prompt.audio)
        #expect(audio.parts == [.text("You can apply for the "), .substitute(alias: "solidarity health insurance", written: "CSS"), .text(".")])
        #expect(audio.ssml == #"You can apply for the <sub alias="solidarity health insurance">CSS</sub>."#)
    }

    @Test func missingAndOutdatedUnitsFallBackToFrenchAndAreListed() throws {
        let (procedure, missing) = try translatedFixture()
        #expect(procedure.step("foyer")?.choice("1")?.prompt.text == "1 personne")
        #expect(
            missing == [
                "step.foyer.audio", "step.foyer.choice.1.text", "step.foyer.choice.1.audio", "step.foyer.choice.2+.text",
                "step.foyer.choice.2+.audio", "step.revenus.text", "step.revenus.audio", "step.revenus.unit", "step.fin.text",
            ])
    }

    @Test func theGlossaryLoadsBesideTheProceduresAndTranslates() throws {
        let folder = try temporaryFolder()
        try validProcedure.write(to: folder.appendingPathComponent("css.xml"), atomically: true, encoding: .utf8)
        try """
        <glossary xmlns="urn:ariane:procedure:1">
          <term id="css" abbr="CSS">
            <text>Complémentaire santé solidaire</text>
            <audio>Complémentaire santé solidaire.</audio>
            <help>Une aide pour payer vos soins.</help>
          </term>
        </glossary>
        """.write(to: folder.appendingPathComponent("glossary.xml"), atomically: true, encoding: .utf8)
        let (library, problems) = try ProcedureLoader().loadLibrary([folder.appendingPathComponent("css.xml").path])
        #expect(problems == [])
        let term = try #require(library.glossaryTerm(abbreviation: "CSS"))
        #expect(term.id == "css")
        #expect(term.prompt.help == "Une aide pour payer vos soins.")
        #expect(DirectoryTexts.glossary(library.glossary).map(\.id) == ["term.css.text", "term.css.audio", "term.css.help"])
        let catalogue = TranslationCatalogue(
            language: "en",
            units: [
                TranslationUnit(
                    id: "term.css.text", source: [.text("Complémentaire santé solidaire")], target: [.text("Solidarity health insurance")], state: .translated)
            ])
        let (english, missing) = translated(library.glossary, with: catalogue)
        #expect(english["css"]?.prompt.text == "Solidarity health insurance")
        #expect(english["css"]?.abbreviation == "CSS")
        #expect(missing == ["term.css.audio", "term.css.help"])
    }

    @Test func anAbbreviationMustBeWrittenInCapitals() throws {
        let glossary = """
            <glossary xmlns="urn:ariane:procedure:1">
              <term id="caf" abbr="caf"><text>Caisse d'allocations familiales</text></term>
            </glossary>
            """
        #expect(
            try diagnostics(of: glossary, file: "glossary.xml") == [
                "glossary.xml:2:18: error: Element 'term', attribute 'abbr': [facet 'pattern'] The value 'caf' is not accepted by the pattern '\\p{Lu}[\\p{Lu}0-9\\-]{1,15}'."
            ])
    }
}
