import Testing

@testable import GuideServer

/// The outcome's instructions on the sheet, one thing to do a line.
@Suite struct SheetSentencesTests {
    @Test func oneSentenceALineAndAQuestionStaysWithItsAnswer() {
        #expect(
            SheetSentences.split("Datez et signez. Pas de compte ? Une personne vous aide.  Envoyez-le ! Merci")
                == ["Datez et signez.", "Pas de compte ? Une personne vous aide.", "Envoyez-le !", "Merci"])
    }

    @Test func aDotInsideAnAddressDoesNotEndTheSentence() {
        #expect(SheetSentences.split("Allez sur caf.fr puis revenez.") == ["Allez sur caf.fr puis revenez."])
    }
}
