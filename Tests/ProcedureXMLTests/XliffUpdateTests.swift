import ProcedureModel
import ProcedureXML
import Testing

/// `ariane extract` on a file translators have worked on: what is kept, added, flagged and removed.
@Suite struct XliffUpdateTests {
    /// A file as a translator left it: 'title' done, 'old' for a string since deleted, a note of theirs.
    let translated = xliff(
        """
              <trans-unit id="procedure.title" approved="yes">
                <source>Demander la CSS</source>
                <target state="final">Apply for the CSS</target>
                <note from="ariane">an old context note</note>
                <note from="translator">CSS: keep the French acronym</note>
              </trans-unit>
              <trans-unit id="step.foyer.text">
                <source>Combien de personnes habitent chez vous ?</source>
                <target state="translated">How many people live with you?</target>
              </trans-unit>
              <trans-unit id="step.revenus.text">
                <source>Combien gagnez-vous ?</source>
                <target state="new"/>
              </trans-unit>
              <trans-unit id="step.old.text">
                <source>Une étape supprimée</source>
                <target state="translated">A deleted step</target>
              </trans-unit>
        """)

    func updated() throws -> (file: TranslationFile, summary: XliffUpdateSummary) {
        let procedure = try ProcedureLoader().loadProcedure(xml: validProcedure, file: "procedures/css.xml")
        let existing = try readXliff(translated).file
        return XliffUpdate.update(existing, with: procedure.sourceTexts, path: "css.xlf", original: "procedures/css.xml", targetLanguage: "en")
    }

    @Test func countsWhatChanged() throws {
        // 12 units wanted: title and revenus kept, foyer's text changed, 9 new (revenus' unit among them);
        // 'step.old.text' gone.
        #expect(try updated().summary.description == "updated: 9 new, 2 changed, 1 removed")
    }

    @Test func keepsTranslationsAndTranslatorsNotes() throws {
        let title = try #require(try updated().file.unit("procedure.title"))
        #expect(title.target == [.text("Apply for the CSS")])
        #expect(title.state == .final)
        #expect(title.isApproved)
        #expect(
            title.notes == [
                TranslationNote(from: "ariane", text: "Title of the procedure"),
                TranslationNote(from: "translator", text: "CSS: keep the French acronym"),
            ])
    }

    @Test func changedFrenchKeepsTheTranslationForReview() throws {
        let foyer = try #require(try updated().file.unit("step.foyer.text"))
        #expect(foyer.source == [.text("Combien de personnes vivent chez vous ?")])
        #expect(foyer.target == [.text("How many people live with you?")])
        #expect(foyer.state == .needsReviewTranslation)
        #expect(foyer.status == .outdated)
    }

    @Test func changedFrenchWithoutTranslationStaysNew() throws {
        let revenus = try #require(try updated().file.unit("step.revenus.text"))
        #expect(revenus.source == [.text("Combien gagnez-vous par mois ?")])
        #expect(revenus.state == .new)
    }

    @Test func unitsFollowTheProcedureAndGoneOnesAreRemoved() throws {
        let file = try updated().file
        #expect(file.units.map(\.id).prefix(4) == ["procedure.title", "step.foyer.text", "step.foyer.audio", "step.foyer.choice.1.text"])
        #expect(file.unit("step.old.text") == nil)
        #expect(file.unit("step.foyer.audio")?.state == .new)
        #expect(file.unit("step.foyer.audio")?.target == [])
    }

    @Test func aSecondRunChangesNothing() throws {
        let procedure = try ProcedureLoader().loadProcedure(xml: validProcedure, file: "procedures/css.xml")
        let first = XliffWriter.document(try updated().file)
        let reread = try readXliff(first).file
        let (again, summary) = XliffUpdate.update(reread, with: procedure.sourceTexts, path: "css.xlf", original: "procedures/css.xml", targetLanguage: "en")
        #expect(summary.description == "updated: 0 new, 0 changed, 0 removed")
        #expect(XliffWriter.document(again) == first)
    }

    @Test func reviewingAnApprovedStringWithdrawsTheApproval() throws {
        let procedure = try ProcedureLoader().loadProcedure(
            xml: procedure(replacing: "<title>Demander la CSS</title>", with: "<title>Demander la C2S</title>"), file: "procedures/css.xml")
        let (file, _) = XliffUpdate.update(
            try readXliff(translated).file, with: procedure.sourceTexts, path: "css.xlf", original: "procedures/css.xml", targetLanguage: "en")
        let title = try #require(file.unit("procedure.title"))
        #expect(title.state == .needsReviewTranslation)
        #expect(title.isApproved == false)
    }
}
