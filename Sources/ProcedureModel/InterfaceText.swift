/// The kiosk's and terminal's own words, looked up by id, in a language with French as the fallback.
///
/// Each front end declares its French strings once (the terminal in `TerminalText`, the kiosk server
/// in its own list); `ariane extract` writes them all to `locales/<lang>/interface.xlf`.
/// A string may hold `{name}` placeholders, filled in by ``callAsFunction(_:_:)``.
public struct InterfaceText: Sendable {
    /// The French strings, in the order they are declared: also the order of `interface.xlf`.
    public let french: [(id: String, text: String)]
    public let catalogue: TranslationCatalogue?
    private let frenchByID: [String: String]

    public init(french: [(id: String, text: String)], catalogue: TranslationCatalogue? = nil) {
        self.french = french
        self.catalogue = catalogue
        self.frenchByID = Dictionary(french.map { ($0.id, $0.text) }, uniquingKeysWith: { first, _ in first })
    }

    /// The string `id` in the catalogue's language if translated, in French otherwise, with
    /// `{name}` placeholders replaced by `values[name]`.
    public func callAsFunction(_ id: String, _ values: [String: String] = [:]) -> String {
        var text = catalogue?.target(id).map(TranslationText.plain) ?? frenchByID[id] ?? id
        for (name, value) in values {
            text = text.replacing("{\(name)}", with: value)
        }
        return text
    }

    /// The strings to translate, for `interface.xlf`.
    public var sourceTexts: [SourceText] {
        french.map { SourceText(id: $0.id, text: $0.text, context: "Interface text '\($0.id)'") }
    }
}
