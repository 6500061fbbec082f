import CLibXML2
public import ProcedureModel

/// Reads a language's termbase, `locales/<lang>/terms.tbx`, written in TBX-Basic (ISO 30042:2008, the
/// `<martif type="TBX-Basic">` that the Translate Toolkit, Weblate's glossaries and most CAT tools import).
///
/// Each `<termEntry>` holds a `<langSet xml:lang="fr">` with the French term or terms and a `<langSet>`
/// in the folder's language with its renderings; a `<tig>` whose `administrativeStatus` is
/// `deprecatedTerm-admn-sts` is a rendering *not* to use, kept for translators and not required.
public enum TermbaseReader {
    public static let fileName = "terms.tbx"

    public static func read(at path: String, language: String) throws(DiagnosticList) -> (termbase: Termbase, problems: [Diagnostic]) {
        try read(ProcedureLoader.readFile(path), file: path, language: language)
    }

    public static func read(_ bytes: [UInt8], file path: String, language: String) throws(DiagnosticList) -> (termbase: Termbase, problems: [Diagnostic]) {
        xmlInitParser()
        let parsed = try SecureParser.parse(bytes, file: path)
        guard let root = parsed.root, root.isElement(named: "martif"), root.attribute("type") == "TBX-Basic" else {
            throw DiagnosticList([
                parsed.diagnostic(
                    "expected a TBX-Basic termbase: <martif type=\"TBX-Basic\" xml:lang=\"fr\">", at: parsed.root ?? xmlDocGetRootElement(parsed.document))
            ])
        }
        var problems: [Diagnostic] = []
        var entries: [Termbase.Entry] = []
        let body = root.child(named: "text")?.child(named: "body")
        for element in body?.children(named: "termEntry") ?? [] {
            let id = element.attribute("id") ?? "line \(parsed.location(of: element).line)"
            let langSets = element.children(named: "langSet")
            func terms(_ code: String) -> [String] {
                langSets.filter { $0.xmlAttribute("lang") == code }.flatMap { $0.children(named: "tig") }
                    .filter { tig in
                        !tig.children(named: "termNote").contains {
                            $0.attribute("type") == "administrativeStatus" && $0.foldedText == "deprecatedTerm-admn-sts"
                        }
                    }
                    .compactMap { $0.child(named: "term")?.foldedText }.filter { !$0.isEmpty }
            }
            let french = terms("fr")
            let renderings = terms(language)
            guard !french.isEmpty, !renderings.isEmpty else {
                problems.append(
                    parsed.diagnostic(
                        "term entry '\(id)' needs a <langSet xml:lang=\"fr\"> and a <langSet xml:lang=\"\(language)\">, each with a <tig><term>",
                        at: element))
                continue
            }
            entries.append(Termbase.Entry(id: id, french: french, renderings: renderings, location: parsed.location(of: element)))
        }
        return (Termbase(path: path, language: language, entries: entries), problems)
    }
}
