public import ProcedureModel

extension SpokenItem {
    /// The library's items in a translation's language, for what is translated.
    ///
    /// A text without a translation falls back to the original, which is already an item in the original
    /// language: it is left out here, rather than read in the original language by the translation's voice.
    public static func items(in library: ProcedureLibrary, translatedInto locale: LocaleTranslations) -> [SpokenItem] {
        var translatedLibrary = library
        translatedLibrary.procedures = library.procedures.map { translated($0, with: locale.catalogue($0.id)).procedure }
        typealias Shared = LocaleTranslations.SharedFile
        translatedLibrary.documents = translated(library.documents, with: locale.catalogue(Shared.documents.rawValue)).documents
        translatedLibrary.helpPoints = translated(library.helpPoints, with: locale.catalogue(Shared.helpPoints.rawValue)).helpPoints
        translatedLibrary.glossary = translated(library.glossary, with: locale.catalogue(Shared.glossary.rawValue)).glossary
        let originals = Dictionary(
            items(in: library, directoryLocale: "").map { ($0.name, $0.script.parts) }, uniquingKeysWith: { first, _ in first })
        return items(in: translatedLibrary, directoryLocale: locale.language).filter { originals[$0.name] != $0.script.parts }
    }
}
