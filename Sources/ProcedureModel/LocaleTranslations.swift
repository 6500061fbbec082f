/// Everything under `locales/<lang>/`: one `.xlf` file per procedure, plus the shared files.
public struct LocaleTranslations: Sendable {
    /// The folder name, a language code such as `en` or `ar`.
    public var language: String
    /// `locales/en`, as given.
    public var folder: String
    /// Files by name without `.xlf`: a procedure id, or one of the ``SharedFile`` names.
    public var files: [String: TranslationFile]
    /// `terms.tbx`: the one rendering of each listed term, when the language has one.
    public var termbase: Termbase?

    public init(language: String, folder: String, files: [String: TranslationFile] = [:], termbase: Termbase? = nil) {
        self.language = language
        self.folder = folder
        self.files = files
        self.termbase = termbase
    }

    /// The files every locale has beside the procedures' own.
    public enum SharedFile: String, Sendable, CaseIterable {
        case documents
        case helpPoints = "help-points"
        case glossary, interface
    }

    public func procedure(_ id: String) -> TranslationFile? { files[id] }
    public func shared(_ file: SharedFile) -> TranslationFile? { files[file.rawValue] }

    /// `locales/en/css.xlf`.
    public func path(of name: String) -> String {
        (folder.hasSuffix("/") ? folder : folder + "/") + name + ".xlf"
    }

    /// The catalogue for one file, empty when the file does not exist (every unit falls back).
    public func catalogue(_ name: String) -> TranslationCatalogue {
        files[name].map(TranslationCatalogue.init) ?? TranslationCatalogue(language: language)
    }
}

/// Language names for messages, in English like the rest of the tooling.
public enum LanguageName {
    public static func of(_ code: String) -> String {
        switch code {
        case "fr": "French"
        case "en": "English"
        case "ar": "Arabic"
        default: "'\(code)'"
        }
    }
}
