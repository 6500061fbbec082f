public import ProcedureModel

/// One thing the kiosk says aloud, in one locale: a prompt, a choice, a help text, a document, a help point.
public struct SpokenItem: Sendable, Hashable {
    public var locale: String
    /// How people name it, and where its recording goes under `recordings/<locale>/`:
    /// `css/foyer` (a step), `css/foyer.1` (a choice), `css/foyer/help` (a help text),
    /// `documents/avis-impot`, `help-points/caf`.
    public var name: String
    public var script: AudioScript

    public init(locale: String, name: String, script: AudioScript) {
        self.locale = locale
        self.name = name
        self.script = script
    }

    /// A step's prompt (`choice` nil) or one of its choices.
    public init(locale: String, procedure: String, step: String, choice: String? = nil, script: AudioScript) {
        self.init(locale: locale, name: "\(procedure)/\(step)" + (choice.map { ".\($0)" } ?? ""), script: script)
    }
}

extension AudioScript {
    /// The whole SSML document espeak-ng reads: the script inside `<speak>`.
    ///
    /// No `xml:lang` on purpose: espeak-ng then picks a voice by language and drops the configured one
    /// (measured: an `en` voice with `xml:lang="fr"` speaks with the French voice, and a `fr+f3` variant
    /// comes out different), while the configured voice is already the locale's.
    public var speakDocument: String {
        "<speak>\(ssml)</speak>"
    }
}

extension SpokenItem {
    /// Names and locales come from the schema's identifiers, but a model built in code could hold
    /// anything: nothing may climb out of the recordings or cache folder.
    var hasSafeName: Bool {
        let parts = [locale] + name.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        return parts.allSatisfy { !$0.isEmpty && !$0.hasPrefix(".") && !$0.contains("\\") }
    }
}
