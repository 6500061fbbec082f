import CLibXML2
import ProcedureModel

/// Turns an `<audio>` element into an ``AudioScript``.
enum AudioScriptReader {
    static func read(_ element: xmlNodePtr, in parsed: ParsedDocument) -> AudioScript {
        var parts = readParts(element)
        trimEnds(&parts)
        return AudioScript(parts: parts, location: parsed.location(of: element))
    }

    private static func readParts(_ element: xmlNodePtr) -> [AudioPart] {
        readingMixedContent(of: element, text: AudioPart.text) { readElement($0).map { [$0] } ?? [] }
    }

    private static func readElement(_ node: xmlNodePtr) -> AudioPart? {
        if node.isElement(named: "break") {
            return .pause(milliseconds: milliseconds(node.attribute("time") ?? "0ms"))
        }
        if node.isElement(named: "say-as") {
            return .sayAs(interpretAs: node.attribute("interpret-as") ?? "characters", format: node.attribute("format"), text: node.foldedText)
        }
        if node.isElement(named: "emphasis") {
            return .emphasis(level: node.attribute("level") ?? "moderate", parts: readParts(node))
        }
        if node.isElement(named: "sub") {
            return .substitute(alias: node.attribute("alias") ?? "", written: node.foldedText)
        }
        return nil
    }

    /// `300ms` or `1s`; the schema has checked the shape.
    static func milliseconds(_ value: String) -> Int {
        if value.hasSuffix("ms") { return Int(value.dropLast(2)) ?? 0 }
        if value.hasSuffix("s") { return (Int(value.dropLast()) ?? 0) * 1000 }
        return 0
    }

    static func trimEnds(_ parts: inout [AudioPart]) {
        if case .text(let text)? = parts.first {
            let trimmed = String(text.drop(while: \.isWhitespace))
            if trimmed.isEmpty { parts.removeFirst() } else { parts[0] = .text(trimmed) }
        }
        if case .text(let text)? = parts.last {
            let trimmed = String(text.reversed().drop(while: \.isWhitespace).reversed())
            if trimmed.isEmpty { parts.removeLast() } else { parts[parts.count - 1] = .text(trimmed) }
        }
    }
}
