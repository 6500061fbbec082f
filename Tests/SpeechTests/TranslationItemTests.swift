import ProcedureModel
import Speech
import Testing

/// Translated scripts join the items in their own locale; what is not translated stays French only.
@Test func translatedScriptsAreItemsInTheirLanguageAndFallbacksAreLeftOut() {
    let spoken = { (text: String) in Prompt(text: text, audio: AudioScript(parts: [.text(text)])) }
    let procedure = Procedure(
        id: "essai", version: "1", language: "fr", title: "Essai", start: Reference(id: "foyer"),
        steps: [
            Step(
                id: "foyer", kind: .question, prompt: spoken("Combien êtes-vous ?"),
                choices: [
                    Choice(value: "1", next: "fin", prompt: spoken("Seul.")),
                    Choice(value: "2+", next: "fin", prompt: spoken("Plusieurs.")),
                ]),
            Step(id: "fin", kind: .outcome, prompt: spoken("Vous avez droit.")),
        ])
    let library = ProcedureLibrary(procedures: [procedure], documents: ["rib": Document(id: "rib", prompt: spoken("Un RIB."))])
    func unit(_ id: String, _ target: String) -> TranslationUnit {
        TranslationUnit(id: id, source: [], target: [.text(target)], state: .translated)
    }
    let english = LocaleTranslations(
        language: "en", folder: "locales/en",
        files: [
            "essai": TranslationFile(
                path: "locales/en/essai.xlf", original: "essai.xml", targetLanguage: "en",
                units: [
                    unit("step.foyer.audio", "How many are you?"),
                    unit("step.foyer.choice.1.audio", "Alone."),
                    TranslationUnit(id: "step.fin.audio", source: [], target: [.text("You are entitled.")], state: .needsReviewTranslation),
                ]),
            "documents": TranslationFile(
                path: "locales/en/documents.xlf", original: "documents.xml", targetLanguage: "en",
                units: [
                    unit("document.rib.audio", "Bank details.")
                ]),
        ])
    let items = SpokenItem.items(in: library, translatedInto: english)
    #expect(items.map(\.name) == ["essai/foyer", "essai/foyer.1", "documents/rib"])
    #expect(items.allSatisfy { $0.locale == "en" })
    #expect(items.map(\.script.spokenText) == ["How many are you?", "Alone.", "Bank details."])
}
