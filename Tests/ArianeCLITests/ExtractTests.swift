import ArianeTestFixtures
import Foundation
import Testing

/// `ariane extract`, then the translation checks and `ariane run --lang`, as translators and authors use them.
@Suite struct ExtractTests {
    /// Fills the target of the first untranslated unit whose source is `source`, as a translator would in Weblate.
    func translate(_ source: String, as target: String, in file: URL) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        let untranslated = "<source>\(source)</source>\n        <target state=\"new\"/>"
        #expect(text.contains(untranslated), "no untranslated unit for \(source)")
        guard let range = text.range(of: untranslated) else { return }
        try text.replacingCharacters(in: range, with: "<source>\(source)</source>\n        <target state=\"translated\">\(target)</target>")
            .write(to: file, atomically: true, encoding: .utf8)
    }

    func extracted() throws -> URL {
        let folder = try fixtureFolder()
        let result = try ArianeProcess.run(["extract", "--lang", "en", "essai.xml"], in: folder)
        #expect(result.standardError == "")
        #expect(result.status == 0)
        return folder
    }

    @Test func createsOneFilePerProcedureDirectoryAndTheInterface() throws {
        let folder = try fixtureFolder()
        let result = try ArianeProcess.run(["extract", "--lang", "en", "./essai.xml"], in: folder)
        #expect(result.status == 0)
        #expect(
            result.standardOutput == """
                locales/en/essai.xlf: created
                locales/en/documents.xlf: created
                locales/en/help-points.xlf: created
                locales/en/interface.xlf: created

                """)
        let essai = try String(contentsOf: folder.appendingPathComponent("locales/en/essai.xlf"), encoding: .utf8)
        #expect(essai.contains(#"<file original="essai.xml" source-language="fr" target-language="en" datatype="xml">"#))
        #expect(
            essai.contains(
                """
                      <trans-unit id="step.foyer.choice.2+.text">
                        <source>2 personnes ou plus</source>
                        <target state="new"/>
                        <note from="ariane">Answer '2+' of step 'foyer': on-screen text</note>
                      </trans-unit>
                """))
        let interface = try String(contentsOf: folder.appendingPathComponent("locales/en/interface.xlf"), encoding: .utf8)
        #expect(interface.contains("<source>Plus de réponses : la démarche s'arrête à l'étape « {step} ».</source>"))
    }

    @Test func aSecondRunChangesNothing() throws {
        let folder = try extracted()
        let before = try Data(contentsOf: folder.appendingPathComponent("locales/en/essai.xlf"))
        let result = try ArianeProcess.run(["extract", "--lang", "en", "essai.xml"], in: folder)
        #expect(result.standardOutput.split(separator: "\n").allSatisfy { $0.hasSuffix(": unchanged") })
        #expect(try Data(contentsOf: folder.appendingPathComponent("locales/en/essai.xlf")) == before)
    }

    @Test func changedFrenchIsMarkedForReviewAndNewStringsAdded() throws {
        let folder = try extracted()
        let file = folder.appendingPathComponent("locales/en/essai.xlf")
        try translate("Combien gagnez-vous par mois ?", as: "How much do you earn a month?", in: file)
        let procedure =
            fixtureProcedure
            .replacingOccurrences(of: "<text>Combien gagnez-vous par mois ?</text>", with: "<text>Combien gagnez-vous chaque mois ?</text>")
            .replacingOccurrences(
                of: "<audio>Combien gagnez-vous par mois ?</audio>", with: "<audio>Combien gagnez-vous par mois ?</audio><help>Sans les aides.</help>")
        try procedure.write(to: folder.appendingPathComponent("essai.xml"), atomically: true, encoding: .utf8)
        let result = try ArianeProcess.run(["extract", "--lang", "en", "essai.xml"], in: folder)
        #expect(result.standardOutput.hasPrefix("locales/en/essai.xlf: updated: 1 new, 1 changed, 0 removed\n"))
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(
            text.contains(
                """
                        <source>Combien gagnez-vous chaque mois ?</source>
                        <target state="needs-review-translation">How much do you earn a month?</target>
                """))
        let check = try ArianeProcess.run(["check", "essai.xml"], in: folder)
        #expect(
            check.standardError.contains(
                "locales/en/essai.xlf:52:9: warning: [outdated-translation] 'step.revenus.text': the French changed since this was translated; review it, then set state=\"translated\"\n"
            ))
    }

    @Test func defaultLanguagesAreTheFoldersThereWithEnglishAndArabic() throws {
        let folder = try fixtureFolder()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("locales/es"), withIntermediateDirectories: true)
        let result = try ArianeProcess.run(["extract", "essai.xml"], in: folder)
        #expect(result.status == 0)
        let files = result.standardOutput.split(separator: "\n").filter { $0.hasSuffix("essai.xlf: created") }
        #expect(files == ["locales/ar/essai.xlf: created", "locales/en/essai.xlf: created", "locales/es/essai.xlf: created"])
        #expect(try String(contentsOf: folder.appendingPathComponent("locales/ar/essai.xlf"), encoding: .utf8).contains(#"target-language="ar""#))
    }

    @Test func aBrokenTranslationFileIsNotOverwritten() throws {
        let folder = try extracted()
        let file = folder.appendingPathComponent("locales/en/essai.xlf")
        try "<xliff version=\"1.2\"><file>".write(to: file, atomically: true, encoding: .utf8)
        let result = try ArianeProcess.run(["extract", "--lang", "en", "essai.xml"], in: folder)
        #expect(result.status == 1)
        #expect(result.standardError.hasPrefix("locales/en/essai.xlf:1:"))
        #expect(result.standardError.hasSuffix("error: locales/en not updated: fix these files first, so no translation is lost\n"))
        #expect(try String(contentsOf: file, encoding: .utf8) == "<xliff version=\"1.2\"><file>")
    }

    @Test func checkReportsEachLocaleAndAddsItsReadabilityRow() throws {
        let folder = try extracted()
        try translate(
            "Combien de personnes vivent chez vous ?", as: "How many people live in your home?", in: folder.appendingPathComponent("locales/en/essai.xlf"))
        let result = try ArianeProcess.run(["check", "essai.xml"], in: folder)
        #expect(result.status == 0)
        let warnings = result.standardError.split(separator: "\n").map(String.init)
        #expect(warnings.count == 5)
        #expect(
            warnings.first
                == "locales/en/documents.xlf:7:9: warning: [untranslated-strings] 2 of 2 strings not translated into English yet ('document.identite.text', 'document.identite.audio')"
        )
        #expect(
            warnings.contains(
                "locales/en/essai.xlf:22:9: warning: [spoken-in-french] 'step.foyer.audio' is shown in English but spoken in French: translate the audio too"))
        // The readability table, then each language's review status (its total of units grows with the kiosk's own words).
        #expect(
            result.standardOutput.contains(
                """
                essai      fr              5        74.1         90.3  30.7               0         0
                essai      en              1           —            —   7.0               0         0

                Review status (docs/translations.md, "Review status"):
                en: not reviewed, 0 of 4 files read by a reviewer, 1 of
                """))
        #expect(result.standardOutput.contains("en: not reviewed"))
    }

    @Test func runGuidesInTheLanguageAskedAndSaysWhatIsStillFrench() throws {
        let folder = try extracted()
        let essai = folder.appendingPathComponent("locales/en/essai.xlf")
        try translate("Démarche d'essai", as: "Trial procedure", in: essai)
        try translate("Combien de personnes vivent chez vous ?", as: "How many people live in your home?", in: essai)
        try translate("Combien de personnes vivent chez vous ?", as: "How many people live in your home?", in: essai)
        try translate("2 personnes ou plus", as: "2 people or more", in: essai)
        try translate("Tapez le numéro de votre réponse", as: "Type the number of your answer", in: folder.appendingPathComponent("locales/en/interface.xlf"))
        try "2\n".write(to: folder.appendingPathComponent("answers.txt"), atomically: true, encoding: .utf8)
        let result = try ArianeProcess.run(["run", "essai.xml", "--lang", "en", "--answers", "answers.txt"], in: folder)
        #expect(result.status == 0)
        let lines = result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(
            Array(lines.prefix(8)) == [
                "═══ Trial procedure ═══",
                "Pour tester l'outil.",
                "",
                "── How many people live in your home?",
                "   🔊 « How many people live in your home? »",
                "   1. 1 personne   🔊 « Une personne. »",
                "   2. 2 people or more   🔊 « Deux ou plus. »",
                "Type the number of your answer · b = retour · ? = je ne comprends pas · a = écouter · q = quitter",
            ])
        #expect(
            result.standardError.hasPrefix(
                "note: 19 texts not translated into English yet, shown in French: procedure.summary, step.foyer.help, step.foyer.choice.1.text,"))
    }

    @Test func runRefusesALanguageWithoutAFile() throws {
        let folder = try extracted()
        let result = try ArianeProcess.run(["run", "essai.xml", "--lang", "ar"], in: folder, input: "")
        #expect(result.status == 2)
        #expect(result.standardError == "error: 'essai' is written in 'fr' and has no 'ar' translation yet\n")
    }
}
