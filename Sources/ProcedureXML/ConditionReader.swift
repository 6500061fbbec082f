import CLibXML2
import ProcedureModel

extension ProcedureReader {
    /// Reads a `when` attribute: compiled by libxml2 now, so a mistake is reported at load, at its column.
    mutating func condition(_ expression: String, in element: xmlNodePtr) -> Condition {
        let scanner = XPathScanner(expression)
        checkCondition(expression, in: element, scanner: scanner)
        return Condition(
            expression: expression,
            variables: scanner.variables,
            comparisons: scanner.comparisons,
            location: parsed.location(ofAttribute: "when", in: element)
        )
    }

    /// Reports what is wrong with a `when` expression, each fault at its own column.
    mutating func checkCondition(_ expression: String, in element: xmlNodePtr, scanner: XPathScanner) {
        let ordinal = ariane_ordinal(element)
        func place(_ characterOffset: Int) -> SourceLocation {
            parsed.sourceMap.location(ofValueCharacter: characterOffset, attribute: "when", inElement: ordinal)
        }
        for bare in scanner.bareNames {
            diagnostics.append(
                Diagnostic(
                    file: parsed.file, location: place(bare.offset),
                    message: "'\(bare.name)' in a condition is not an answer: write $\(bare.name) to read the answer to step '\(bare.name)'"
                ))
        }
        for call in scanner.functionCalls where !trialContext.hasFunction(call.name) {
            diagnostics.append(
                Diagnostic(
                    file: parsed.file, location: place(call.offset),
                    message: "'\(call.name)()' is not an XPath 1.0 function"
                ))
        }
        // One is enough: `count(//*)` is a single mistake, not three.
        if let read = scanner.documentReads.first {
            diagnostics.append(
                Diagnostic(
                    file: parsed.file, location: place(read.offset),
                    message:
                        "'\(read.name)' reads the XML tree, and a condition has none: it gives the same result whatever the answers; read an answer with $step-id"
                ))
        }
        switch CompiledXPath.compile(expression) {
        case .failure(let failure):
            diagnostics.append(Diagnostic(file: parsed.file, location: place(failure.offset), message: failure.message))
        case .success(let compiled):
            // A dry run with every answer empty finds unknown functions and type errors, which
            // libxml2 only notices when it evaluates.
            if case .failure(let failure) = trialContext.evaluate(compiled, answers: Answers()) {
                diagnostics.append(Diagnostic(file: parsed.file, location: place(0), message: "invalid condition: \(failure.message)"))
            }
        }
    }
}
