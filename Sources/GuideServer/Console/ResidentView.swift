import Foundation
import GuideEngine

/// The resident's step in their own language, beside the worker's French: the words to show them and
/// the sound to play them (the kiosk's audio routes, in their language).
struct ResidentView {
    /// The language's name in French, for the worker: "arabe".
    let language: String
    /// Its name in itself: "العربية".
    let ownName: String
    let lang: String
    let dir: String
    /// The resident reads another language than French: their words are shown, not only played.
    let translated: Bool
    let prompt: String
    let audio: String?
    /// "Vous pouvez le demander" in their language, at an outcome.
    let result: String?
    let choices: [KioskPages.ChoiceButton]
}

extension GuideServices {
    /// `session` as the resident reads it (it runs in their language); `nil` before the start or after the end.
    func residentView(_ session: Session) -> ResidentView? {
        let content = content(session.context.locale)
        let language = content.language
        let french = Locale(identifier: "fr_FR").localizedString(forLanguageCode: language.code) ?? language.name
        let withAudio = audio != nil
        if let outcome = content.outcomeView(session, withAudio: withAudio) {
            return ResidentView(
                language: french, ownName: language.name, lang: language.code, dir: language.dir, translated: language != .french,
                prompt: outcome.prompt, audio: outcome.audio, result: outcome.resultText, choices: [])
        }
        guard let step = content.stepView(session, notice: nil, withAudio: withAudio) else { return nil }
        return ResidentView(
            language: french, ownName: language.name, lang: language.code, dir: language.dir, translated: language != .french,
            prompt: step.prompt, audio: step.audio, result: nil, choices: step.choices)
    }
}
