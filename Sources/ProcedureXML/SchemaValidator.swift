import CLibXML2
import Foundation
import ProcedureModel

/// The procedure schema, parsed once and shared: libxml2 allows one schema to serve many validations.
final class ProcedureSchema: @unchecked Sendable {
    // Immutable after init; each validation makes its own xmlSchemaValidCtxt.
    private let schema: xmlSchemaPtr

    /// The schema file shipped with the package, for editors and for `xmllint --schema`.
    static var bundledURL: URL? {
        Bundle.module.url(forResource: "procedure", withExtension: "xsd")
    }

    init() throws(DiagnosticList) {
        guard let url = Self.bundledURL else {
            throw DiagnosticList([Diagnostic(file: "procedure.xsd", location: .unknown, message: "the procedure schema is missing from the installation")])
        }
        let (parsed, errors) = capturingLibXMLErrors { () -> xmlSchemaPtr? in
            guard let context = xmlSchemaNewParserCtxt(url.path) else { return nil }
            defer { xmlSchemaFreeParserCtxt(context) }
            return xmlSchemaParse(context)
        }
        guard let parsed else {
            let diagnostics = errors.map {
                Diagnostic(file: url.path, location: SourceLocation(line: $0.line, column: max($0.column, 1)), message: $0.readableMessage)
            }
            throw DiagnosticList(diagnostics.isEmpty ? [Diagnostic(file: url.path, location: .unknown, message: "cannot read the schema")] : diagnostics)
        }
        schema = parsed
    }

    deinit { xmlSchemaFree(schema) }

    /// Every place where the document breaks the schema, each at its element or attribute.
    func validate(_ parsed: ParsedDocument) -> [Diagnostic] {
        let (_, errors) = capturingLibXMLErrors { () -> Int32 in
            guard let context = xmlSchemaNewValidCtxt(schema) else { return -1 }
            defer { xmlSchemaFreeValidCtxt(context) }
            return xmlSchemaValidateDoc(context, parsed.document)
        }
        return errors.map { error in
            Diagnostic(file: parsed.file, location: location(of: error, in: parsed), message: error.readableMessage)
        }
    }

    /// `Element 'step', attribute 'kind': …` → `kind`.
    private static func attributeNamed(in message: String) -> String? {
        guard let marker = message.firstRange(of: "', attribute '") else { return nil }
        let rest = message[marker.upperBound...]
        guard let end = rest.firstIndex(of: "'") else { return nil }
        return String(rest[..<end])
    }

    private func location(of error: LibXMLError, in parsed: ParsedDocument) -> SourceLocation {
        guard let node = error.node else { return SourceLocation(line: max(error.line, 1), column: 1) }
        if node.pointee.type == XML_ATTRIBUTE_NODE, let element = node.pointee.parent {
            let name = String(cString: node.pointee.name)
            return parsed.location(ofAttribute: name, in: element)
        }
        if node.pointee.type == XML_ELEMENT_NODE {
            // libxml2 reports attribute faults on the element; its message names the attribute.
            if let attribute = Self.attributeNamed(in: error.message) {
                return parsed.location(ofAttribute: attribute, in: node)
            }
            return parsed.location(of: node)
        }
        if let parent = node.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE { return parsed.location(of: parent) }
        return SourceLocation(line: max(error.line, 1), column: 1)
    }
}
