/// An acronym the kiosk can show and speak in full, kept in `procedures/glossary.xml`.
///
/// ```xml
/// <term id="caf" abbr="CAF">
///   <text>Caisse d'allocations familiales</text>
///   <audio>Caisse d'allocations familiales.</audio>
///   <help>L'organisme qui verse les aides au logement et le RSA.</help>
/// </term>
/// ```
/// An acronym in the glossary counts as explained for the readability check. `said="word"` tells the voice
/// to say it as a word where a text is read as written (« la CAF »: « la caf »); without it, it is spelled
/// (« le CCAS »: « cé, cé, a, esse »), see ``TextReadAloud``.
public struct GlossaryTerm: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    /// The acronym as written in texts, e.g. `CAF`.
    public var abbreviation: String
    /// `text`: what it stands for; `audio`: how to say it; `help`: what it is, in plain words.
    public var prompt: Prompt
    /// Said as a word (« caf », « aspa ») rather than spelled, where a text is read as written.
    public var saidAsWord: Bool
    public var location: SourceLocation

    public init(id: String, abbreviation: String, prompt: Prompt, saidAsWord: Bool = false, location: SourceLocation = .unknown) {
        self.id = id
        self.abbreviation = abbreviation
        self.prompt = prompt
        self.saidAsWord = saidAsWord
        self.location = location
    }
}

extension ProcedureLibrary {
    /// The glossary term for an acronym as written, if there is one.
    public func glossaryTerm(abbreviation: String) -> GlossaryTerm? {
        glossary.values.first { $0.abbreviation == abbreviation }
    }

    /// The acronyms a voice says as words where a text is read as written (``TextReadAloud``).
    public var acronymsSaidAsWords: Set<String> {
        Set(glossary.values.filter(\.saidAsWord).map(\.abbreviation))
    }

    /// `text`, which has no audio script of its own, as the kiosk reads it aloud: its acronyms spelled
    /// but those the glossary says are said as words.
    public func readAloud(_ text: String, location: SourceLocation = .unknown) -> AudioScript {
        TextReadAloud.script(text, saidAsWords: acronymsSaidAsWords, location: location)
    }
}
