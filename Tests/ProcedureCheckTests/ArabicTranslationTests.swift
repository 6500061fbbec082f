import Foundation
import ProcedureCheck
import ProcedureModel
import ProcedureXML
import Testing

/// What `ariane check` says about Arabic translations: acronyms written against the Arabic article,
/// audio espeak-ng would misread, and acronyms said in Arabic letters instead of spelled.
@Suite struct ArabicTranslationTests {
    let procedureXML = #"""
        <procedure xmlns="urn:ariane:procedure:1" id="t" version="1" xml:lang="fr">
          <title>Test</title>
          <source href="https://www.service-public.fr/" checked="2026-11-01"/>
          <start step="fin"/>
          <step id="fin" kind="outcome" result="eligible">
            <text>Demandez le RSA à la CAF.</text>
            <audio>Demandez le <say-as interpret-as="characters">RSA</say-as>, formulaire <say-as interpret-as="characters">14069</say-as>.</audio>
          </step>
        </procedure>
        """#

    /// The Arabic file: the text unit's target on line 6 from column 80, the audio unit's on line 8 from column 9.
    func arabicXLIFF(audio: String, text: String = "اطلب الـRSA من الCAF.") -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
          <file original="t.xml" source-language="fr" target-language="ar" datatype="xml">
            <body>
              <trans-unit id="procedure.title"><source>Test</source><target state="translated">اختبار</target></trans-unit>
              <trans-unit id="step.fin.text"><source>Demandez le RSA à la CAF.</source><target state="translated">\(text)</target></trans-unit>
              <trans-unit id="step.fin.audio"><source>Demandez le <g id="1" ctype="x-say-as-characters">RSA</g>, formulaire <g id="2" ctype="x-say-as-characters">14069</g>.</source>
                <target state="translated">\(audio)</target></trans-unit>
            </body>
          </file>
        </xliff>
        """
    }

    func load(_ xliff: String, language: String = "ar") throws -> (ProcedureLibrary, LocaleTranslations) {
        let library = ProcedureLibrary(procedures: [try ProcedureLoader().loadProcedure(xml: procedureXML, file: "t.xml")])
        var locale = LocaleTranslations(language: language, folder: "locales/\(language)")
        locale.files["t"] = try XliffReader.read(Array(xliff.utf8), file: "locales/\(language)/t.xlf").file
        return (library, locale)
    }

    func translationDiagnostics(_ xliff: String, language: String = "ar") throws -> [String] {
        let (library, locale) = try load(xliff, language: language)
        return TranslationChecker.check(library, locales: [locale]).map(\.description)
    }

    /// Vowelled, acronym said in French letter names in Arabic script, form number still spelled.
    let vowelled = #"اُطْلُبِ الْإِرْ إِسْ أَا، اِسْتِمَارَةُ <g id="2" ctype="x-say-as-characters">1 4 0 6 9</g>."#

    @Test func acronymsWrittenAgainstTheArabicArticleAreFound() throws {
        let (library, locale) = try load(arabicXLIFF(audio: vowelled))
        let arabic = ReadabilityChecker.check(library, locales: [locale]).diagnostics.map(\.description).filter { $0.hasPrefix("locales/ar/") }
        #expect(
            arabic == [
                #"locales/ar/t.xlf:6:80: warning: [unexplained-acronym] step 'fin': 'RSA' is not explained: add it to glossary.xml, or write its meaning in parentheses the first time, e.g. "RSA (…)""#,
                #"locales/ar/t.xlf:6:80: warning: [unexplained-acronym] step 'fin': 'CAF' is not explained: add it to glossary.xml, or write its meaning in parentheses the first time, e.g. "CAF (…)""#,
            ])
    }

    @Test func anAcronymAfterTheArticleIsExplainedByParentheses() throws {
        let (library, locale) = try load(arabicXLIFF(audio: vowelled, text: "اطلب الـRSA (دخل التضامن النشط) من الـCAF (صندوق الإعانات العائلية)."))
        let reports = ReadabilityChecker.check(library, locales: [locale]).reports
        #expect(reports.map(\.unexplainedAcronyms) == [["RSA", "CAF"], []])
    }

    @Test func vowelledAudioWithTheAcronymInArabicLettersIsFine() throws {
        #expect(try translationDiagnostics(arabicXLIFF(audio: vowelled)) == [])
    }

    @Test func aSpelledNumberKeepsItsMark() throws {
        let withoutMark = "اُطْلُبِ الْإِرْ إِسْ أَا، اِسْتِمَارَةُ 1 4 0 6 9."
        #expect(
            try translationDiagnostics(arabicXLIFF(audio: withoutMark)) == [
                #"locales/ar/t.xlf:8:9: error: [translation-marks] 'step.fin.audio': the translation must keep the marks of the French (missing <say-as interpret-as="characters">)"#
            ])
    }

    @Test func audioWithoutShortVowelsOrWithLatinLettersIsAWarning() throws {
        let unvowelled = #"اطلب الـ<g id="1" ctype="x-say-as-characters">RSA</g>، استمارة <g id="2" ctype="x-say-as-characters">14069</g>."#
        #expect(
            try translationDiagnostics(arabicXLIFF(audio: unvowelled)) == [
                "locales/ar/t.xlf:8:9: warning: [arabic-audio] 'step.fin.audio': 2 words without short vowels, first «اطلب»: espeak-ng guesses them and often says the word wrong; write the ḥarakāt (docs/speech.md)",
                "locales/ar/t.xlf:8:9: warning: [arabic-audio] 'step.fin.audio': 'RSA' is in Latin letters, which espeak-ng's Arabic voice reads in English: write it as it is said in France, in Arabic letters (RSA: «إِرْ إِسْ أَا»; docs/speech.md)",
            ])
    }

    @Test func oneUnvowelledWordIsEnoughAndOnlyArabicIsChecked() throws {
        let oneWord = #"اُطْلُبِ الْإِرْ إِسْ أَا، استمارة <g id="2" ctype="x-say-as-characters">1 4 0 6 9</g>."#
        #expect(
            try translationDiagnostics(arabicXLIFF(audio: oneWord)) == [
                "locales/ar/t.xlf:8:9: warning: [arabic-audio] 'step.fin.audio': a word without short vowels, first «استمارة»: espeak-ng guesses them and often says the word wrong; write the ḥarakāt (docs/speech.md)"
            ])
        let english = arabicXLIFF(audio: #"Ask for the <g id="1" ctype="x-say-as-characters">RSA</g>, form <g id="2" ctype="x-say-as-characters">14069</g>."#)
            .replacingOccurrences(of: #"target-language="ar""#, with: #"target-language="en""#)
        #expect(try translationDiagnostics(english, language: "en") == [])
    }

    /// A translation's audio is checked for acronyms and long numbers left as written, as a procedure's
    /// is; in Arabic audio, Latin capitals are reported once, by the Arabic rule.
    @Test func aTranslationsAcronymOrLongNumberLeftAsWrittenIsAWarning() throws {
        let english = arabicXLIFF(
            audio: #"Ask the CAF for the <g id="1" ctype="x-say-as-characters">RSA</g>, form <g id="2" ctype="x-say-as-characters">14069</g> or 20512."#
        ).replacingOccurrences(of: #"target-language="ar""#, with: #"target-language="en""#)
        #expect(
            try translationDiagnostics(english, language: "en") == [
                #"locales/en/t.xlf:8:9: warning: [acronym-in-audio] 'step.fin.audio': 'CAF' in capitals is read as the voice guesses: write <say-as interpret-as="characters">CAF</say-as> to spell it, or <sub alias="…">CAF</sub> with the words a listener hears"#,
                #"locales/en/t.xlf:8:9: warning: [long-number-in-audio] 'step.fin.audio': '20512' is read as one big number: write <say-as interpret-as="telephone">20512</say-as> (digits in pairs) or <say-as interpret-as="characters">20512</say-as> (one by one)"#,
            ])
        let arabic = #"اُطْلُبِ الْإِرْ إِسْ أَا مِنَ CAF، اِسْتِمَارَةُ <g id="2" ctype="x-say-as-characters">1 4 0 6 9</g>."#
        #expect(
            try translationDiagnostics(arabicXLIFF(audio: arabic)) == [
                "locales/ar/t.xlf:8:9: warning: [arabic-audio] 'step.fin.audio': 'CAF' is in Latin letters, which espeak-ng's Arabic voice reads in English: write it as it is said in France, in Arabic letters (RSA: «إِرْ إِسْ أَا»; docs/speech.md)"
            ])
    }
}
