import CLibXML2
public import ProcedureModel

/// A parsed XML file and what is needed to point into it.
final class ParsedDocument {
    let document: xmlDocPtr
    let file: String
    /// Built before parsing, by the scan that checks ``InputLimits``.
    let sourceMap: SourceMap

    init(document: xmlDocPtr, file: String, sourceMap: SourceMap) {
        self.document = document
        self.file = file
        self.sourceMap = sourceMap
    }

    deinit { xmlFreeDoc(document) }

    var root: xmlNodePtr? { xmlDocGetRootElement(document) }

    func location(of node: xmlNodePtr) -> SourceLocation {
        sourceMap.location(ofElement: ariane_ordinal(node))
    }

    func location(ofAttribute name: String, in node: xmlNodePtr) -> SourceLocation {
        sourceMap.location(ofAttribute: name, inElement: ariane_ordinal(node))
    }

    func diagnostic(_ message: String, at node: xmlNodePtr, attribute: String? = nil, severity: Diagnostic.Severity = .error) -> Diagnostic {
        let place = attribute.map { location(ofAttribute: $0, in: node) } ?? location(of: node)
        return Diagnostic(file: file, location: place, severity: severity, message: message)
    }
}

/// Parses untrusted XML the only way Ariane allows: errors fatal, no DTD, no entities, no network.
enum SecureParser {
    /// Procedures are a few hundred kilobytes; anything far larger is a mistake or an attack.
    static let maximumBytes = 5 * 1024 * 1024
    /// libxml2's own limit without `XML_PARSE_HUGE`, which Ariane never sets.
    static let maximumDepth = 256

    /// No `RECOVER`, `NOENT`, `DTDLOAD`, `XINCLUDE` or `HUGE`: a fault stops the parse, entities stay
    /// unexpanded, nothing is loaded from outside the file. `COMPACT`, as xmllint parses, keeps short
    /// texts inside their node instead of allocating each one: Ariane only reads the tree, never changes it.
    private static let options = Int32(bitPattern: XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue)

    /// A marker left in the parser context when a DOCTYPE was seen and refused.
    private static let doctypeRefused: UInt = 0xD0C

    static func parse(_ bytes: [UInt8], file: String) throws(DiagnosticList) -> ParsedDocument {
        func failure(_ message: String, at location: SourceLocation = SourceLocation(line: 1, column: 1)) -> DiagnosticList {
            DiagnosticList([Diagnostic(file: file, location: location, message: message)])
        }
        if bytes.count > maximumBytes { throw tooLarge(size: bytes.count, file: file) }
        if bytes.isEmpty { throw failure("the file is empty") }
        // One linear scan, before libxml2 sees a byte: past a limit, libxml2 could take minutes.
        let sourceMap = SourceMap(bytes: bytes)
        if let (offset, message) = DeclaredEncoding.problem(in: bytes) {
            throw failure(message, at: sourceMap.location(ofByte: offset))
        }
        if let doctype = doctypeOffset(in: bytes) {
            // Caught again below by the parser; finding it here first gives its exact place.
            throw failure("a <!DOCTYPE> is not allowed: procedure files take no DTD and no entities", at: sourceMap.location(ofByte: doctype))
        }
        if let violation = sourceMap.violation {
            throw failure(violation.message, at: sourceMap.location(ofByte: violation.offset))
        }
        guard let context = xmlNewParserCtxt() else { throw failure("out of memory while starting the XML parser") }
        defer { xmlFreeParserCtxt(context) }
        // Refuse any DOCTYPE the moment libxml2 sees one, before it reads a single declaration.
        context.pointee.sax.pointee.internalSubset = { userData, _, _, _ in
            guard let context = userData?.assumingMemoryBound(to: xmlParserCtxt.self) else { return }
            context.pointee._private = UnsafeMutableRawPointer(bitPattern: SecureParser.doctypeRefused)
            xmlStopParser(context)
        }
        let (parsed, errors) = capturingLibXMLErrors {
            bytes.withUnsafeBufferPointer { buffer -> xmlDocPtr? in
                // Never nil here: an empty file was refused above.
                guard let base = buffer.baseAddress else { return nil }
                return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { start in
                    xmlCtxtReadMemory(context, start, Int32(buffer.count), file, nil, options)
                }
            }
        }
        let refused = UInt(bitPattern: context.pointee._private) == doctypeRefused
        guard let document = parsed, !refused, context.pointee.wellFormed != 0, xmlDocGetRootElement(document) != nil else {
            if let parsed { xmlFreeDoc(parsed) }
            if refused { throw failure("a <!DOCTYPE> is not allowed: procedure files take no DTD and no entities") }
            // The first fatal error is the real one; libxml2 may add a cascade after it.
            guard let first = errors.first else { throw failure("the file is not well-formed XML") }
            throw failure(first.readableMessage, at: SourceLocation(line: max(first.line, 1), column: max(first.column, 1)))
        }
        numberElements(from: xmlDocGetRootElement(document), next: 0)
        return ParsedDocument(document: document, file: file, sourceMap: sourceMap)
    }

    /// Gives every element its document-order number, the key into ``SourceMap``.
    @discardableResult
    private static func numberElements(from node: xmlNodePtr?, next: Int) -> Int {
        var counter = next
        var current = node
        while let element = current {
            if element.pointee.type == XML_ELEMENT_NODE {
                ariane_set_ordinal(element, counter)
                counter = numberElements(from: element.pointee.children, next: counter + 1)
            }
            current = element.pointee.next
        }
        return counter
    }

    /// A DOCTYPE can only come before the root element, so a look at the prologue is enough.
    private static func doctypeOffset(in bytes: [UInt8]) -> Int? {
        let marker = Array("<!DOCTYPE".utf8)
        var cursor = 0
        while cursor + marker.count <= bytes.count {
            if bytes[cursor] == UInt8(ascii: "<") {
                if bytes[cursor + 1] != UInt8(ascii: "!") && bytes[cursor + 1] != UInt8(ascii: "?") { return nil }
                if Array(bytes[cursor..<cursor + marker.count]) == marker { return cursor }
                if bytes[cursor + 1] == UInt8(ascii: "!"), cursor + 3 < bytes.count, bytes[cursor + 2] == UInt8(ascii: "-") {
                    // A comment: skip to its end.
                    cursor += 4
                    while cursor + 2 < bytes.count,
                        !(bytes[cursor] == UInt8(ascii: "-") && bytes[cursor + 1] == UInt8(ascii: "-") && bytes[cursor + 2] == UInt8(ascii: ">"))
                    {
                        cursor += 1
                    }
                }
            }
            cursor += 1
        }
        return nil
    }

    static func tooLarge(size: Int, file: String) -> DiagnosticList {
        let message = "the file is \(megabytes(size)); a file may be at most \(megabytes(maximumBytes))"
        return DiagnosticList([Diagnostic(file: file, location: SourceLocation(line: 1, column: 1), message: message)])
    }

    private static func megabytes(_ count: Int) -> String {
        let tenths = (count * 10 + 524_288) / 1_048_576
        return "\(tenths / 10).\(tenths % 10) MB"
    }
}

/// One or more diagnostics thrown together: what a file load reports when it fails.
public struct DiagnosticList: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
