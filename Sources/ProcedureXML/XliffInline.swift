import CLibXML2
import ProcedureModel

/// The SSML marks of an audio script as XLIFF 1.2 inline elements, which translation tools show as
/// tags to keep rather than text to translate.
///
/// | SSML | XLIFF |
/// |---|---|
/// | `<break time="300ms"/>` | `<x id="1" ctype="x-break" equiv-text="300ms"/>` |
/// | `<emphasis level="strong">…</emphasis>` | `<g id="2" ctype="x-emphasis-strong">…</g>` |
/// | `<say-as interpret-as="characters">CAF</say-as>` | `<g id="3" ctype="x-say-as-characters">CAF</g>` |
/// | `<sub alias="caisse d'allocations familiales">CAF</sub>` | `<g id="4" ctype="x-sub">caisse d'allocations familiales</g>` |
///
/// A `<sub>` carries what is said; its written form stays the French one.
enum XliffInline {
    /// The content of a `<source>` or `<target>`: escaped text and inline elements numbered from 1.
    static func markup(_ parts: [AudioPart]) -> String {
        var counter = 0
        return parts.map { markup($0, counter: &counter) }.joined()
    }

    private static func markup(_ part: AudioPart, counter: inout Int) -> String {
        switch part {
        case .text(let text):
            return text.xmlTextEscaped
        case .pause(let milliseconds):
            counter += 1
            return "<x id=\"\(counter)\" ctype=\"x-break\" equiv-text=\"\(milliseconds)ms\"/>"
        case .sayAs(let interpretAs, let format, let text):
            counter += 1
            let ctype = "x-say-as-" + interpretAs + (format.map { "-" + $0 } ?? "")
            return "<g id=\"\(counter)\" ctype=\"\(ctype.xmlEscaped)\">\(text.collapsingWhitespace().xmlTextEscaped)</g>"
        case .emphasis(let level, let parts):
            counter += 1
            let open = "<g id=\"\(counter)\" ctype=\"x-emphasis-\(level.xmlEscaped)\">"
            return open + parts.map { markup($0, counter: &counter) }.joined() + "</g>"
        case .substitute(let alias, _):
            counter += 1
            return "<g id=\"\(counter)\" ctype=\"x-sub\">\(alias.collapsingWhitespace().xmlTextEscaped)</g>"
        }
    }

    /// The `say-as` readings, longest first so that `spell-out` is not read as `spell` + format `out`.
    private static let interpretations = ["characters", "spell-out", "cardinal", "ordinal", "digits", "telephone", "date", "time"]
        .sorted { $0.count > $1.count }

    /// Reads the content of a `<source>` or `<target>`; inline elements Ariane does not write are
    /// reported (their words are kept as text).
    static func read(_ element: xmlNodePtr, in parsed: ParsedDocument) -> (parts: [AudioPart], problems: [Diagnostic]) {
        var problems: [Diagnostic] = []
        var parts = readParts(element, in: parsed, problems: &problems)
        parts = normalized(parts)
        return (parts, problems)
    }

    private static func readParts(_ element: xmlNodePtr, in parsed: ParsedDocument, problems: inout [Diagnostic]) -> [AudioPart] {
        readingMixedContent(of: element, text: AudioPart.text) { readMark($0, in: parsed, problems: &problems) }
    }

    private static func readMark(_ node: xmlNodePtr, in parsed: ParsedDocument, problems: inout [Diagnostic]) -> [AudioPart] {
        let ctype = node.attribute("ctype") ?? ""
        if node.isElement(named: "x"), ctype == "x-break", let time = node.attribute("equiv-text"), isPause(time) {
            return [.pause(milliseconds: AudioScriptReader.milliseconds(time))]
        }
        if node.isElement(named: "g") {
            if ctype == "x-sub" { return [.substitute(alias: node.foldedText, written: "")] }
            if ctype.hasPrefix("x-emphasis-") {
                return [.emphasis(level: String(ctype.dropFirst("x-emphasis-".count)), parts: readParts(node, in: parsed, problems: &problems))]
            }
            if ctype.hasPrefix("x-say-as-") {
                let reading = String(ctype.dropFirst("x-say-as-".count))
                if let interpretation = interpretations.first(where: { reading == $0 || reading.hasPrefix($0 + "-") }) {
                    let format = reading.count > interpretation.count ? String(reading.dropFirst(interpretation.count + 1)) : nil
                    return [.sayAs(interpretAs: interpretation, format: format, text: node.foldedText)]
                }
            }
        }
        let described = ctype.isEmpty ? "<\(node.localName)>" : "<\(node.localName) ctype=\"\(ctype)\">"
        problems.append(
            parsed.diagnostic(
                "\(described) is not a mark Ariane writes: keep the <x/> and <g> elements of the <source> as they are", at: node))
        return node.isElement(named: "x") ? [] : readParts(node, in: parsed, problems: &problems)
    }

    private static func isPause(_ time: String) -> Bool {
        let digits = time.hasSuffix("ms") ? time.dropLast(2) : time.hasSuffix("s") ? time.dropLast() : ""
        return !digits.isEmpty && digits.allSatisfy(\.isASCII) && digits.allSatisfy(\.isNumber)
    }

    /// Adjacent texts merged, the ends trimmed: the same parts however a tool wrapped the lines.
    static func normalized(_ parts: [AudioPart]) -> [AudioPart] {
        var merged: [AudioPart] = []
        for part in parts {
            if case .text(let text) = part, case .text(let previous)? = merged.last {
                merged[merged.count - 1] = .text((previous + text).replacing("  ", with: " "))
            } else {
                merged.append(part)
            }
        }
        AudioScriptReader.trimEnds(&merged)
        return merged
    }
}

extension String {
    /// Escapes what XML text content needs (`&`, `<`, `>`), leaving apostrophes readable for translators.
    var xmlTextEscaped: String {
        replacing("&", with: "&amp;").replacing("<", with: "&lt;").replacing(">", with: "&gt;")
    }
}
