import Testing

/// Acronyms in capitals and long numbers left as plain text in an audio script, where the voice guesses.
@Suite struct AudioWrittenFormTests {
    /// Line 6 of the clean file with the step's audio replaced; `<audio>` starts at column 37.
    func checkStepAudio(_ audio: String) throws -> [String] {
        try check(xml: cleanXML(replacing: [6: "    <text>Combien êtes-vous ?</text><audio>\(audio)</audio>"]))
    }

    @Test func anAcronymLeftInCapitalsIsAWarning() throws {
        #expect(
            try checkStepAudio("Demandez à la CAF, puis touchez Continuer.") == [
                #"t.xml:6:37: warning: [acronym-in-audio] step 'foyer': 'CAF' in capitals is read as the voice guesses: write <say-as interpret-as="characters">CAF</say-as> to spell it, or <sub alias="…">CAF</sub> with the words a listener hears"#
            ])
    }

    @Test func aLongNumberLeftAsDigitsIsAWarning() throws {
        #expect(
            try checkStepAudio("Remplissez le formulaire 14069.") == [
                #"t.xml:6:37: warning: [long-number-in-audio] step 'foyer': '14069' is read as one big number: write <say-as interpret-as="telephone">14069</say-as> (digits in pairs) or <say-as interpret-as="characters">14069</say-as> (one by one)"#
            ])
    }

    @Test func spelledSubstitutedAndShortFormsPass() throws {
        let script =
            #"La <sub alias="caf">CAF</sub> ou la <say-as interpret-as="characters">MSA</say-as>, au <say-as interpret-as="telephone">3230</say-as>, formulaire <say-as interpret-as="characters">14069</say-as>, pendant 12 mois. Touchez Oui."#
        #expect(try checkStepAudio(script) == [])
    }
}
