/// A whole library in one language: every procedure, the directories and the glossary, with French
/// wherever a string is not translated yet (listed in `missing`, as unit ids prefixed by their file).
public func translated(_ library: ProcedureLibrary, with locale: LocaleTranslations) -> (library: ProcedureLibrary, missing: [String]) {
    var result = library
    var missing: [String] = []
    result.procedures = library.procedures.map { procedure in
        guard procedure.language != locale.language else { return procedure }
        let (translatedProcedure, fellBack) = translated(procedure, with: locale.catalogue(procedure.id))
        missing += fellBack.map { "\(procedure.id):\($0)" }
        return translatedProcedure
    }
    let documents = translated(library.documents, with: locale.catalogue(LocaleTranslations.SharedFile.documents.rawValue))
    let helpPoints = translated(library.helpPoints, with: locale.catalogue(LocaleTranslations.SharedFile.helpPoints.rawValue))
    let glossary = translated(library.glossary, with: locale.catalogue(LocaleTranslations.SharedFile.glossary.rawValue))
    result.documents = documents.documents
    result.helpPoints = helpPoints.helpPoints
    result.glossary = glossary.glossary
    missing +=
        documents.missing.map { "documents:\($0)" } + helpPoints.missing.map { "help-points:\($0)" }
        + glossary.missing.map { "glossary:\($0)" }
    return (result, missing)
}
