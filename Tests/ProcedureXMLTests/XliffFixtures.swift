import ProcedureModel
import ProcedureXML

/// An XLIFF file around some units, as a translation tool would save it.
func xliff(_ units: String, language: String = "en") -> String {
    """
    <?xml version="1.0" encoding="UTF-8"?>
    <xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
      <file original="procedures/css.xml" source-language="fr" target-language="\(language)" datatype="xml">
        <body>
    \(units)
        </body>
      </file>
    </xliff>
    """
}

/// Reads XLIFF text as `ariane` would read `locales/en/css.xlf`.
func readXliff(_ text: String, file: String = "css.xlf") throws -> (file: TranslationFile, problems: [String]) {
    let (read, problems) = try XliffReader.read(Array(text.utf8), file: file)
    return (read, problems.map(\.description))
}

/// The fixture procedure's units, freshly extracted for `language`.
func extractedFixture(language: String = "en") throws -> (file: TranslationFile, summary: XliffUpdateSummary) {
    let procedure = try ProcedureLoader().loadProcedure(xml: validProcedure, file: "procedures/css.xml")
    return XliffUpdate.update(nil, with: procedure.sourceTexts, path: "locales/\(language)/css.xlf", original: "procedures/css.xml", targetLanguage: language)
}
