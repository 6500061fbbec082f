import CLibXML2
public import ProcedureModel

/// Reads XLIFF 1.2 files, through the same safe parser as procedures (no DTD, no entities, no network).
///
/// ```swift
/// let (file, problems) = try XliffReader.read(at: "locales/en/css.xlf")
/// let catalogue = TranslationCatalogue(file)
/// ```
/// A file that cannot be parsed, or is not XLIFF 1.2, throws; problems in single units are returned
/// beside the file, whose other units stay usable.
public enum XliffReader {
    public static let namespace = "urn:oasis:names:tc:xliff:document:1.2"

    public static func read(at path: String) throws(DiagnosticList) -> (file: TranslationFile, problems: [Diagnostic]) {
        try read(ProcedureLoader.readFile(path), file: path)
    }

    public static func read(_ bytes: [UInt8], file path: String) throws(DiagnosticList) -> (file: TranslationFile, problems: [Diagnostic]) {
        xmlInitParser()
        let parsed = try SecureParser.parse(bytes, file: path)
        guard let root = parsed.root, root.isElement(named: "xliff"), root.attribute("version") == "1.2" else {
            throw DiagnosticList([
                parsed.diagnostic(
                    "expected an XLIFF 1.2 file: <xliff version=\"1.2\" xmlns=\"\(namespace)\">", at: parsed.root ?? xmlDocGetRootElement(parsed.document))
            ])
        }
        // A file of another vocabulary that happens to say <xliff version="1.2"> would otherwise be
        // read as translations without a word.
        let rootNamespace = root.pointee.ns.flatMap { $0.pointee.href }.map { String(cString: $0) }
        guard rootNamespace == namespace else {
            let found = rootNamespace.map { "in namespace '\($0)'" } ?? "in no namespace"
            throw DiagnosticList([parsed.diagnostic("<xliff> is \(found), not XLIFF 1.2's: write xmlns=\"\(namespace)\"", at: root)])
        }
        guard let fileElement = root.child(named: "file") else {
            throw DiagnosticList([parsed.diagnostic("this XLIFF file has no <file> element", at: root)])
        }
        var reader = UnitReader(parsed: parsed)
        if root.children(named: "file").count > 1 {
            reader.problems.append(parsed.diagnostic("only the first <file> is read: Ariane writes one <file> per .xlf", at: root, severity: .warning))
        }
        let targetLanguage = fileElement.attribute("target-language") ?? ""
        if targetLanguage.isEmpty {
            reader.problems.append(
                parsed.diagnostic("<file> needs target-language, the language of the translations (for example target-language=\"en\")", at: fileElement))
        }
        if let body = fileElement.child(named: "body") { reader.readUnits(in: body) }
        let file = TranslationFile(
            path: path,
            original: fileElement.attribute("original") ?? "",
            sourceLanguage: fileElement.attribute("source-language") ?? "fr",
            targetLanguage: targetLanguage,
            units: reader.units,
            // XLIFF 1.2 puts notes on the whole file in <header>: who made the translations.
            notes: fileElement.child(named: "header").map { header in
                header.children(named: "note").map { TranslationNote(from: $0.attribute("from"), text: $0.foldedText) }
            } ?? [],
            location: parsed.location(of: fileElement)
        )
        return (file, reader.problems)
    }
}

/// Walks `<body>` and its `<group>`s for `<trans-unit>`s.
private struct UnitReader {
    let parsed: ParsedDocument
    var units: [TranslationUnit] = []
    var problems: [Diagnostic] = []
    private var lineOfID: [String: Int] = [:]

    init(parsed: ParsedDocument) {
        self.parsed = parsed
    }

    mutating func readUnits(in container: xmlNodePtr) {
        for element in container.childElements {
            if element.isElement(named: "group") {
                readUnits(in: element)
            } else if element.isElement(named: "trans-unit") {
                if let unit = readUnit(element) { units.append(unit) }
            }
        }
    }

    private mutating func readUnit(_ element: xmlNodePtr) -> TranslationUnit? {
        let location = parsed.location(of: element)
        guard let id = element.attribute("id"), !id.isEmpty else {
            problems.append(parsed.diagnostic("<trans-unit> needs an id", at: element))
            return nil
        }
        if let line = lineOfID[id] {
            problems.append(parsed.diagnostic("unit id '\(id)' is already used on line \(line); this one is ignored", at: element, attribute: "id"))
            return nil
        }
        lineOfID[id] = location.line
        guard let sourceElement = element.child(named: "source") else {
            problems.append(parsed.diagnostic("unit '\(id)' has no <source>", at: element))
            return nil
        }
        let source = XliffInline.read(sourceElement, in: parsed)
        let targetElement = element.child(named: "target")
        let target = targetElement.map { XliffInline.read($0, in: parsed) }
        problems += source.problems + (target?.problems ?? [])
        return TranslationUnit(
            id: id,
            source: source.parts,
            target: target?.parts,
            state: targetElement?.attribute("state").map(TranslationState.init(rawValue:)),
            isApproved: element.attribute("approved") == "yes",
            notes: element.children(named: "note").map { TranslationNote(from: $0.attribute("from"), text: $0.foldedText) },
            location: location,
            targetLocation: targetElement.map(parsed.location(of:))
        )
    }
}
