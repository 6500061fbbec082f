import CLibXML2

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Small, allocation-light reads over libxml2's tree.
extension UnsafeMutablePointer where Pointee == xmlNode {
    var localName: String { String(cString: pointee.name) }

    func isElement(named name: StaticString) -> Bool {
        pointee.type == XML_ELEMENT_NODE && xmlStrEqual(pointee.name, name.utf8Start) != 0
    }

    /// Child elements in document order.
    var childElements: [xmlNodePtr] {
        var found: [xmlNodePtr] = []
        var current = pointee.children
        while let node = current {
            if node.pointee.type == XML_ELEMENT_NODE { found.append(node) }
            current = node.pointee.next
        }
        return found
    }

    func children(named name: StaticString) -> [xmlNodePtr] {
        childElements.filter { $0.isElement(named: name) }
    }

    func child(named name: StaticString) -> xmlNodePtr? {
        var current = pointee.children
        while let node = current {
            if node.isElement(named: name) { return node }
            current = node.pointee.next
        }
        return nil
    }

    /// An attribute in no namespace, as written (libxml2 has already decoded entities and references).
    func attribute(_ name: String) -> String? {
        guard let value = xmlGetNoNsProp(self, name) else { return nil }
        defer { ariane_free(value) }
        return String(cString: value)
    }

    /// An attribute in the `xml:` namespace, such as `xml:lang`.
    func xmlAttribute(_ name: String) -> String? {
        guard let value = xmlGetNsProp(self, name, "http://www.w3.org/XML/1998/namespace") else { return nil }
        defer { ariane_free(value) }
        return String(cString: value)
    }

    /// All the text inside, with runs of white space folded: authors wrap long lines.
    var foldedText: String {
        guard let content = xmlNodeGetContent(self) else { return "" }
        defer { ariane_free(content) }
        return foldingXMLWhitespace(content).text
    }
}

/// Folds runs of XML white space (space, tab, CR, LF) into one space and trims the ends, working on
/// UTF-8 bytes: loading thousands of prompts is mostly this.
/// - Returns: the folded text, and whether the original began or ended with white space.
func foldingXMLWhitespace(_ cString: UnsafePointer<UInt8>) -> (text: String, leadingSpace: Bool, trailingSpace: Bool) {
    let length = strlen(UnsafeRawPointer(cString).assumingMemoryBound(to: CChar.self))
    guard length > 0 else { return ("", false, false) }
    func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D }
    let leading = isSpace(cString[0])
    let trailing = isSpace(cString[length - 1])
    let text = String(unsafeUninitializedCapacity: length) { buffer in
        var written = 0
        var pendingSpace = false
        for index in 0..<length {
            let byte = cString[index]
            if isSpace(byte) {
                pendingSpace = written > 0
            } else {
                if pendingSpace {
                    buffer[written] = 0x20
                    written += 1
                    pendingSpace = false
                }
                buffer[written] = byte
                written += 1
            }
        }
        return written
    }
    return (text, leading, trailing)
}

/// A text node of mixed content, folded, with one space kept at each edge that had white space, so
/// that words either side of an inline element (`<emphasis>`, `<break/>`, `<g>`) stay apart.
func foldingMixedContentText(_ content: UnsafePointer<UInt8>) -> String {
    let folded = foldingXMLWhitespace(content)
    return (folded.leadingSpace ? " " : "") + folded.text + (folded.trailingSpace && !folded.text.isEmpty ? " " : "")
}

/// The pieces of mixed content in order: each text node folded (see ``foldingMixedContentText(_:)``)
/// and each child element, as the caller reads them.
func readingMixedContent<Part>(of element: xmlNodePtr, text: (String) -> Part, element read: (xmlNodePtr) -> [Part]) -> [Part] {
    var parts: [Part] = []
    var current = element.pointee.children
    while let node = current {
        defer { current = node.pointee.next }
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            guard let content = node.pointee.content else { continue }
            let folded = foldingMixedContentText(content)
            if !folded.isEmpty { parts.append(text(folded)) }
        case XML_ELEMENT_NODE:
            parts += read(node)
        default:
            continue
        }
    }
    return parts
}
