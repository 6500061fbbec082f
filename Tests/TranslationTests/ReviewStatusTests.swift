import ProcedureModel
import ProcedureXML
import Testing

/// The review status is read from the files: a file-level note says who made them, unit states say
/// whether a native speaker read them.
@Suite struct ReviewStatusTests {
    static func file(states: [String], note: String?) -> [UInt8] {
        let header = note.map { "<header><note from=\"ariane\">\($0)</note></header>" } ?? ""
        let units = states.enumerated().map { index, state in
            "<trans-unit id=\"u\(index)\"><source>Oui</source><target state=\"\(state)\">Yes</target></trans-unit>"
        }.joined()
        return Array(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
            <file original="interface" source-language="fr" target-language="en" datatype="plaintext">\(header)<body>\(units)</body></file>
            </xliff>
            """.utf8)
    }

    @Test func theHeaderNoteIsReadAndWrittenBackUnchanged() throws {
        let (file, problems) = try XliffReader.read(
            Self.file(states: ["translated"], note: "Traduit par l'équipe Ariane (outil d'IA), non relu"), file: "en/interface.xlf")
        #expect(problems.isEmpty)
        #expect(file.notes == [TranslationNote(from: "ariane", text: "Traduit par l'équipe Ariane (outil d'IA), non relu")])
        let written = XliffWriter.document(file)
        #expect(
            written.contains("    <header>\n      <note from=\"ariane\">Traduit par l'équipe Ariane (outil d'IA), non relu</note>\n    </header>\n    <body>"))
        let (again, _) = try XliffReader.read(Array(written.utf8), file: "en/interface.xlf")
        #expect(again.notes == file.notes)
        let (updated, _) = XliffUpdate.update(again, with: [], path: "en/interface.xlf", original: "interface", targetLanguage: "en")
        #expect(updated.notes == file.notes)
    }

    @Test func aLanguageIsReviewedOnlyWhenEveryUnitOfEveryFileIsFinal() throws {
        let (final, _) = try XliffReader.read(Self.file(states: ["final", "signed-off"], note: nil), file: "en/a.xlf")
        let (mixed, _) = try XliffReader.read(Self.file(states: ["final", "translated"], note: "Traduit par X"), file: "en/b.xlf")
        #expect(final.isReviewed)
        #expect(!mixed.isReviewed)
        let reviewed = LocaleTranslations(language: "en", folder: "en", files: ["a": final]).review
        #expect(reviewed.isReviewed)
        let review = LocaleTranslations(language: "en", folder: "en", files: ["a": final, "b": mixed]).review
        #expect(!review.isReviewed)
        #expect(review.reviewedFiles == 1 && review.files == 2)
        #expect(review.translatedUnits == 4 && review.units == 4)
        #expect(review.madeBy == ["Traduit par X"])
    }

    @Test func everyShippedFileNotSignedOffNamesWhoMadeIt() {
        let (locales, problems) = TranslationLoader.loadAll(from: ShippedContent.locales)
        #expect(problems.isEmpty)
        #expect(!locales.isEmpty)
        for locale in locales {
            for (name, file) in locale.files where !file.isReviewed {
                #expect(
                    file.notes.contains { $0.from == "ariane" && $0.text.hasPrefix("Traduit par") },
                    "\(locale.language)/\(name).xlf is not signed off and has no <header><note from=\"ariane\"> naming who made it")
            }
        }
    }
}
