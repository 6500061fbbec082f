public import ProcedureModel

extension SpokenItem {
    /// Everything the kiosk says in a language, which people may record: each procedure's title, then
    /// its prompts, choices and help texts, the shared directories, and the kiosk's own `words` (by
    /// name, said for `/kiosk/say/<code>/<name>`), all under the language's code. For a spoken-only
    /// language, `library` is the French one: what its speakers record is read from the French.
    ///
    /// The names are the kiosk's URLs' names, so a recording lands where the kiosk looks for it.
    public static func items(
        in library: ProcedureLibrary, recordedIn code: String, words: [(name: String, text: String)]
    ) -> [SpokenItem] {
        let titles = library.procedures.map { SpokenItem(locale: code, name: $0.id, script: AudioScript(parts: [.text($0.title)])) }
        let prompts = items(in: library, directoryLocale: code).map { item in
            var spoken = item
            spoken.locale = code
            return spoken
        }
        let interface = words.map { SpokenItem(locale: code, name: "interface/\($0.name)", script: AudioScript(parts: [.text($0.text)])) }
        return titles + prompts + interface
    }

    /// The procedure or shared folder an item belongs to: `css` for `css/foyer.1`, `interface` for a kiosk word.
    public var group: String {
        String(name.prefix { $0 != "/" })
    }
}
