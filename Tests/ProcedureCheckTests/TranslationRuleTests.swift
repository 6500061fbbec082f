import ProcedureCheck
import ProcedureModel
import ProcedureXML
import Testing

/// What `ariane check` says about the files under `locales/`.
@Suite struct TranslationRuleTests {
    let procedureXML = #"""
        <procedure xmlns="urn:ariane:procedure:1" id="t" version="1" xml:lang="fr">
          <title>Test</title>
          <source href="https://www.service-public.fr/" checked="2026-11-01"/>
          <start step="foyer"/>
          <step id="foyer" kind="question">
            <text>Combien êtes-vous ?</text>
            <audio>Combien êtes-vous ?<break time="300ms"/>Touchez un chiffre.</audio>
            <choice value="1" next="fin"><text>Seul</text><audio>Seul.</audio></choice>
          </step>
          <step id="fin" kind="outcome" result="eligible">
            <text>Vous avez droit.</text><audio>Vous avez droit.</audio>
          </step>
        </procedure>
        """#

    /// An English file with one problem of each kind; line numbers as the diagnostics give them.
    let englishXLIFF = #"""
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
          <file original="t.xml" source-language="fr" target-language="en" datatype="xml">
            <body>
              <trans-unit id="procedure.title"><source>Test</source><target state="translated">Test</target></trans-unit>
              <trans-unit id="step.foyer.text"><source>Combien êtes-vous ?</source><target state="translated">How many are you?</target></trans-unit>
              <trans-unit id="step.foyer.audio"><source>Combien êtes-vous ?<x id="1" ctype="x-break" equiv-text="300ms"/>Touchez un chiffre.</source>
                <target state="translated">How many are you? <g id="1" ctype="x-emphasis-strong">Touch</g> a number.</target></trans-unit>
              <trans-unit id="step.foyer.choice.1.text"><source>Seul</source><target state="translated">Alone</target></trans-unit>
              <trans-unit id="step.foyer.choice.1.audio"><source>Seul.</source><target state="new"/></trans-unit>
              <trans-unit id="step.fin.text"><source>Vous avez droit.</source><target state="needs-review-translation">You are eligible.</target></trans-unit>
              <trans-unit id="step.old.text"><source>Ancien</source><target state="translated">Old</target></trans-unit>
            </body>
          </file>
        </xliff>
        """#

    func check(_ xliff: String?, language: String = "en", interface: [SourceText] = [], interfaceXLIFF: String? = nil) throws -> [String] {
        let library = ProcedureLibrary(procedures: [try ProcedureLoader().loadProcedure(xml: procedureXML, file: "t.xml")])
        var locale = LocaleTranslations(language: language, folder: "locales/\(language)")
        if let xliff { locale.files["t"] = try XliffReader.read(Array(xliff.utf8), file: "locales/\(language)/t.xlf").file }
        if let interfaceXLIFF { locale.files["interface"] = try XliffReader.read(Array(interfaceXLIFF.utf8), file: "locales/\(language)/interface.xlf").file }
        return TranslationChecker.check(library, locales: [locale], interface: interface).map(\.description)
    }

    @Test func aMissingFileIsOneWarningOnTheProcedure() throws {
        #expect(
            try check(nil, language: "ar") == [
                "t.xml:1:1: warning: [missing-translation-file] no Arabic translation file locales/ar/t.xlf: run `ariane extract --lang ar`"
            ])
    }

    @Test func eachKindOfProblemAtItsPlace() throws {
        #expect(
            try check(englishXLIFF) == [
                "locales/en/t.xlf:3:3: warning: [translation-file-out-of-date] 1 string of the French has no unit or changed since this file was written ('step.fin.audio'): run `ariane extract --lang en`",
                "locales/en/t.xlf:3:3: warning: [units-no-longer-in-french] 1 unit no longer in the French ('step.old.text'): run `ariane extract --lang en` to remove them",
                #"locales/en/t.xlf:8:9: error: [translation-marks] 'step.foyer.audio': the translation must keep the marks of the French (missing <break time="300ms"/>; not in the French: <emphasis level="strong">)"#,
                "locales/en/t.xlf:10:72: warning: [spoken-in-french] 'step.foyer.choice.1.audio' is shown in English but spoken in French: translate the audio too",
                #"locales/en/t.xlf:11:71: warning: [outdated-translation] 'step.fin.text': the French changed since this was translated; review it, then set state="translated""#,
            ])
    }

    @Test func untranslatedStringsAreOneWarningPerFile() throws {
        let fresh = XliffWriter.document(
            XliffUpdate.update(
                nil, with: try ProcedureLoader().loadProcedure(xml: procedureXML, file: "t.xml").sourceTexts,
                path: "locales/en/t.xlf", original: "t.xml", targetLanguage: "en"
            ).file)
        #expect(
            try check(fresh) == [
                "locales/en/t.xlf:7:9: warning: [untranslated-strings] 7 of 7 strings not translated into English yet ('procedure.title', 'step.foyer.text', 'step.foyer.audio', 'step.foyer.choice.1.text', 'step.foyer.choice.1.audio' and 2 more)"
            ])
    }

    @Test func interfacePlaceholdersMustBeKept() throws {
        let interface = [SourceText(id: "terminal.input-ran-out", text: "La démarche s'arrête à l'étape « {step} ».", context: "")]
        let english = #"""
            <xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
              <file original="interface" source-language="fr" target-language="en" datatype="plaintext"><body>
                <trans-unit id="terminal.input-ran-out"><source>La démarche s'arrête à l'étape « {step} ».</source><target state="translated">Stopped at step {stp}.</target></trans-unit>
              </body></file>
            </xliff>
            """#
        let found = try check(englishXLIFF, interface: interface, interfaceXLIFF: english)
        #expect(
            found.first
                == "locales/en/interface.xlf:3:104: error: [translation-marks] 'terminal.input-ran-out': the translation must keep the marks of the French (missing {step}; not in the French: {stp})"
        )
    }
}
