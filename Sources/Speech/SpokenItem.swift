public import ProcedureModel

/// One thing the kiosk says aloud: the prompt of a step, or one of its choices, in one locale.
public struct SpokenItem: Sendable, Hashable {
    public var locale: String
    public var procedure: String
    public var step: String
    /// The choice's value, or `nil` for the step's own prompt.
    public var choice: String?
    public var script: AudioScript

    public init(locale: String, procedure: String, step: String, choice: String? = nil, script: AudioScript) {
        self.locale = locale
        self.procedure = procedure
        self.step = step
        self.choice = choice
        self.script = script
    }

    /// `procedure/step` or `procedure/step.choice`: how people name it, and where its recording goes.
    public var name: String {
        "\(procedure)/\(step)" + (choice.map { ".\($0)" } ?? "")
    }

    /// Every prompt and choice that has an audio script, in each procedure's own language.
    ///
    /// This is the seam for translations: a translated procedure gives items with the same procedure,
    /// step and choice and its own locale and script, and everything downstream (rendering, recordings,
    /// status) works per item whatever its locale.
    public static func items(in procedures: [Procedure]) -> [SpokenItem] {
        procedures.flatMap { procedure in
            procedure.steps.flatMap { step in
                let prompt = step.prompt.audio.map {
                    SpokenItem(locale: procedure.language, procedure: procedure.id, step: step.id, script: $0)
                }
                let choices = step.choices.compactMap { choice in
                    choice.prompt.audio.map {
                        SpokenItem(
                            locale: procedure.language, procedure: procedure.id, step: step.id, choice: choice.value,
                            script: $0)
                    }
                }
                return (prompt.map { [$0] } ?? []) + choices
            }
        }
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
