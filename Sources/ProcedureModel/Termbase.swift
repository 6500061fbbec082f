/// The terms a language renders one way only (`locales/<lang>/terms.tbx`): a resident hears the same
/// word for the same thing on every screen.
public struct Termbase: Sendable, Hashable {
    /// One concept: its French forms and the renderings a translation must use, any one of them.
    public struct Entry: Sendable, Hashable {
        /// `termEntry id=`, for messages.
        public var id: String
        /// `plafond`; several for one concept (`simulateur`, `simulation`).
        public var french: [String]
        /// `الحد الأقصى`, `حد أقصى`: what the translation of a unit with the French term must contain.
        public var renderings: [String]
        /// Where the entry is written, for messages.
        public var location: SourceLocation

        public init(id: String, french: [String], renderings: [String], location: SourceLocation = .unknown) {
            self.id = id
            self.french = french
            self.renderings = renderings
            self.location = location
        }
    }

    /// The `.tbx` file, for messages.
    public var path: String
    public var language: String
    public var entries: [Entry]

    public init(path: String, language: String, entries: [Entry]) {
        self.path = path
        self.language = language
        self.entries = entries
    }
}
