import ProcedureModel

/// The readability of one prompt (a step's on-screen text).
public struct PromptScore: Sendable, Hashable {
    /// The unit id, e.g. `step.foyer.text`.
    public var id: String
    public var counts: ReadabilityCounts
    /// French only.
    public var kandelMoles: Double?
    public var lix: Double?
}

/// The readability of one procedure in one language: a row of the summary table.
public struct ReadabilityReport: Sendable, Hashable {
    public var procedure: String
    public var language: String
    public var prompts: [PromptScore]
    /// The median of the prompts' Kandel & Moles scores (French only).
    public var medianKandelMoles: Double?
    /// Kandel & Moles and LIX over all the prompts' words together.
    public var overallKandelMoles: Double?
    public var lix: Double?
    /// Sentences of more than ``ReadabilityChecker/longSentence`` words, in any on-screen text.
    public var longSentences: Int
    /// Acronyms used without being in the glossary or explained in parentheses the first time.
    public var unexplainedAcronyms: [String]
}

/// A text a person reads on screen, where it comes from, and where to point a warning about it.
struct ReadableText {
    var id: String
    var text: String
    var file: String
    var location: SourceLocation

    /// A step's own text: what the median score is over.
    var isPrompt: Bool { id.hasPrefix("step.") && id.hasSuffix(".text") && !id.contains(".choice.") }

    /// "step 'foyer'", "answer '2+' of step 'foyer'", "the title": for messages.
    var place: String {
        let pieces = id.split(separator: ".").map(String.init)
        guard pieces.first == "step", pieces.count >= 3 else { return "the \(pieces.last ?? id) of the procedure" }
        let role = pieces.last == "help" ? "help of " : ""
        if pieces.count >= 5, pieces[2] == "choice" { return "\(role)answer '\(pieces[3])' of step '\(pieces[1])'" }
        return "\(role)step '\(pieces[1])'"
    }
}

extension ReadabilityReport {
    /// Scores `texts` (in document order) and finds long sentences and unexplained acronyms.
    static func make(
        procedure: String, language: String, texts: [ReadableText], glossary: Set<String>
    ) -> (report: ReadabilityReport, warnings: [Diagnostic]) {
        var warnings: [Diagnostic] = []
        let prompts = texts.filter(\.isPrompt).map { text in
            let counts = ReadabilityText.counts(text.text, language: language)
            return PromptScore(id: text.id, counts: counts, kandelMoles: language == "fr" ? counts.kandelMoles : nil, lix: counts.lix)
        }
        var longSentences = 0
        var seenAcronyms: Set<String> = []
        var unexplained: [String] = []
        for text in texts {
            for sentence in ReadabilityText.sentences(text.text) {
                let words = ReadabilityText.words(sentence)
                guard words.count > ReadabilityChecker.longSentence else { continue }
                longSentences += 1
                warnings.append(
                    Diagnostic(
                        .longSentence, file: text.file, location: text.location, severity: .warning,
                        message:
                            "\(text.place): a sentence of \(words.count) words (aim for 12, at most \(ReadabilityChecker.longSentence)): \"\(words.prefix(6).joined(separator: " ")) …\""
                    ))
            }
            for (acronym, explainedHere) in Acronym.occurrences(in: text.text) where seenAcronyms.insert(acronym).inserted {
                guard !explainedHere, !glossary.contains(acronym) else { continue }
                unexplained.append(acronym)
                warnings.append(
                    Diagnostic(
                        .unexplainedAcronym, file: text.file, location: text.location, severity: .warning,
                        message:
                            "\(text.place): '\(acronym)' is not explained: add it to glossary.xml, or write its meaning in parentheses the first time, e.g. \"\(acronym) (…)\""
                    ))
            }
        }
        let total = prompts.map(\.counts).reduce(ReadabilityCounts(), +)
        let report = ReadabilityReport(
            procedure: procedure, language: language, prompts: prompts,
            medianKandelMoles: median(prompts.compactMap(\.kandelMoles)),
            overallKandelMoles: language == "fr" ? total.kandelMoles : nil,
            lix: total.lix, longSentences: longSentences, unexplainedAcronyms: unexplained)
        return (report, warnings)
    }

    static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
