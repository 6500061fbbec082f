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
        "<speak>\(parts.map(\.espeakSSML).joined())</speak>"
    }
}

extension AudioPart {
    /// The part as espeak-ng should get it: SSML, but for an acronym to spell.
    ///
    /// espeak-ng reads an elided article before a `<say-as interpret-as="characters">` as a letter of its own:
    /// « l'<say-as …>AME</say-as> » comes out « èl, a, èm, e ». Written with dots (« l'A.M.E. ») it is spelled
    /// joined to its article: « la, èm, e ». An acronym with digits (C2S) keeps the mark: espeak-ng would say
    /// the dot after a digit (« deux point ès »).
    var espeakSSML: String {
        switch self {
        case .sayAs("characters", nil, let text) where TextReadAloud.isAcronym(text) && text.allSatisfy({ $0.isLetter || $0 == "-" }):
            text.filter(\.isLetter).map { "\($0)." }.joined().xmlEscaped
        case .emphasis(let level, let parts):
            "<emphasis level=\"\(level.xmlEscaped)\">\(parts.map(\.espeakSSML).joined())</emphasis>"
        case .text, .pause, .sayAs, .substitute:
            ssml
        }
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
