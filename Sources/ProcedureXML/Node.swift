import CLibXML2

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
        return String(cString: content).collapsingWhitespaceForXML()
    }
}

extension String {
    func collapsingWhitespaceForXML() -> String {
        split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
    }
}
