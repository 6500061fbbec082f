/// Substitutes translations for French strings, unit by unit, and remembers what fell back.
public struct Translator {
    public let catalogue: TranslationCatalogue
    /// Ids of the units shown in French because their translation is missing or outdated.
    public private(set) var missing: [String] = []

    public init(_ catalogue: TranslationCatalogue) {
        self.catalogue = catalogue
    }

    /// The translated text for unit `id`, or `french`.
    public mutating func text(_ id: String, _ french: String) -> String {
        guard !french.isEmpty else { return french }
        guard let target = catalogue.target(id) else {
            missing.append(id)
            return french
        }
        return TranslationText.plain(target)
    }

    public mutating func optionalText(_ id: String, _ french: String?) -> String? {
        french.map { text(id, $0) }
    }

    /// The translated script for unit `id`, or the French one.
    ///
    /// A `<sub>` keeps its French written form, matched by position: translators translate what is said.
    public mutating func audio(_ id: String, _ french: AudioScript?) -> AudioScript? {
        guard let french, !french.parts.isEmpty else { return french }
        guard let target = catalogue.target(id) else {
            missing.append(id)
            return french
        }
        var writtenForms = french.parts.flatMap(\.substitutionsWritten)
        return AudioScript(parts: target.map { $0.fillingWrittenForms(from: &writtenForms) }, location: french.location)
    }

    public mutating func prompt(_ prefix: String, _ prompt: Prompt) -> Prompt {
        var translated = prompt
        translated.text = text("\(prefix).text", prompt.text)
        translated.audio = audio("\(prefix).audio", prompt.audio)
        translated.help = optionalText("\(prefix).help", prompt.help)
        return translated
    }
}

extension AudioPart {
    /// The written forms of the `<sub>`s inside, in order.
    var substitutionsWritten: [String] {
        switch self {
        case .substitute(_, let written): [written]
        case .emphasis(_, let parts): parts.flatMap(\.substitutionsWritten)
        case .text, .pause, .sayAs: []
        }
    }

    /// A `<sub>` read from a translation has no written form; take the next French one.
    func fillingWrittenForms(from written: inout [String]) -> AudioPart {
        switch self {
        case .substitute(let alias, let form) where form.isEmpty:
            return .substitute(alias: alias, written: written.isEmpty ? alias : written.removeFirst())
        case .emphasis(let level, let parts):
            return .emphasis(level: level, parts: parts.map { $0.fillingWrittenForms(from: &written) })
        default:
            return self
        }
    }
}

/// The translated procedure and what fell back to French (unit ids).
public func translated(_ procedure: Procedure, with catalogue: TranslationCatalogue) -> (procedure: Procedure, missing: [String]) {
    var translator = Translator(catalogue)
    var result = procedure
    result.title = translator.text("procedure.title", procedure.title)
    result.summary = translator.text("procedure.summary", procedure.summary)
    result.audience = translator.text("procedure.audience", procedure.audience)
    result.language = catalogue.language
    result.steps = procedure.steps.map { step in
        var step = step
        let prefix = "step.\(step.id)"
        step.prompt = translator.prompt(prefix, step.prompt)
        guard case .question(var answer, let choices) = step.role else { return step }
        if case .number(let minimum, let maximum, let unit, let whole, let example) = answer {
            answer = .number(
                minimum: minimum, maximum: maximum, unit: unit.map { translator.text("\(prefix).unit", $0) }, whole: whole,
                example: example.map { translator.text("\(prefix).example", $0) })
        }
        let translatedChoices = choices.map { choice in
            var choice = choice
            choice.prompt = translator.prompt("\(prefix).choice.\(choice.value)", choice.prompt)
            return choice
        }
        step.role = .question(answer, choices: translatedChoices)
        return step
    }
    // Steps were replaced one for one, so the procedure's index by id still holds.
    return (result, translator.missing)
}

/// The translated document catalogue and what fell back to French.
public func translated(_ documents: [String: Document], with catalogue: TranslationCatalogue) -> (documents: [String: Document], missing: [String]) {
    translatedEntries(documents, with: catalogue) { document, translator in
        document.prompt = translator.prompt("document.\(document.id)", document.prompt)
    }
}

/// The translated help points (names, prompts, hours) and what fell back to French.
public func translated(_ helpPoints: [String: HelpPoint], with catalogue: TranslationCatalogue) -> (helpPoints: [String: HelpPoint], missing: [String]) {
    translatedEntries(helpPoints, with: catalogue) { point, translator in
        let prefix = "help-point.\(point.id)"
        point.name = translator.text("\(prefix).name", point.name)
        point.prompt = translator.prompt(prefix, point.prompt)
        point.hours = translator.optionalText("\(prefix).hours", point.hours)
    }
}

/// The translated glossary and what fell back to French; abbreviations stay as written.
public func translated(_ glossary: [String: GlossaryTerm], with catalogue: TranslationCatalogue) -> (glossary: [String: GlossaryTerm], missing: [String]) {
    translatedEntries(glossary, with: catalogue) { term, translator in
        term.prompt = translator.prompt("term.\(term.id)", term.prompt)
    }
}

/// Translates each entry of a directory; the fallbacks come out sorted, since a dictionary has no order.
private func translatedEntries<Entry>(
    _ entries: [String: Entry], with catalogue: TranslationCatalogue, _ translate: (inout Entry, inout Translator) -> Void
) -> ([String: Entry], [String]) {
    var translator = Translator(catalogue)
    let result = entries.mapValues { entry in
        var entry = entry
        translate(&entry, &translator)
        return entry
    }
    return (result, translator.missing.sorted())
}
