import Foundation
import ProcedureModel
import Speech

/// The shipped voice configuration, as the kiosk reads it.
func shippedConfiguration() throws -> SpeechConfiguration {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    return try SpeechConfiguration.load(from: root.appendingPathComponent("locales/speech.json"))
}

/// A prompt of procedure `essai`, step `foyer` (or one of its choices), in French unless said.
func item(_ parts: [AudioPart], choice: String? = nil, locale: String = "fr") -> SpokenItem {
    SpokenItem(locale: locale, procedure: "essai", step: "foyer", choice: choice, script: AudioScript(parts: parts))
}

/// "Combien de personnes vivent chez vous ? Touchez le bon chiffre.": 10 words, the style of kiosk prompts.
let question: [AudioPart] = [.text("Combien de personnes vivent chez vous ? Touchez le bon chiffre.")]

/// An instruction in one breath, and the same with a one-second pause before its last words.
let instruction: [AudioPart] = [.text("Touchez le bouton vert pour continuer.")]
let instructionWithPause: [AudioPart] = [
    .text("Touchez le bouton vert"), .pause(milliseconds: 1000), .text("pour continuer."),
]
