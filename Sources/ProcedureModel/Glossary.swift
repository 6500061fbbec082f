/// An acronym the kiosk can show and speak in full, kept in `procedures/glossary.xml`.
///
/// ```xml
/// <term id="caf" abbr="CAF">
///   <text>Caisse d'allocations familiales</text>
///   <audio>Caisse d'allocations familiales.</audio>
///   <help>L'organisme qui verse les aides au logement et le RSA.</help>
/// </term>
/// ```
/// An acronym in the glossary counts as explained for the readability check.
public struct GlossaryTerm: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    /// The acronym as written in texts, e.g. `CAF`.
    public var abbreviation: String
    /// `text`: what it stands for; `audio`: how to say it; `help`: what it is, in plain words.
    public var prompt: Prompt
    public var location: SourceLocation

    public init(id: String, abbreviation: String, prompt: Prompt, location: SourceLocation = .unknown) {
        self.id = id
        self.abbreviation = abbreviation
        self.prompt = prompt
        self.location = location
    }
}

extension ProcedureLibrary {
    /// The glossary term for an acronym as written, if there is one.
    public func glossaryTerm(abbreviation: String) -> GlossaryTerm? {
        glossary.values.first { $0.abbreviation == abbreviation }
    }
}
