import CLibXML2
import ProcedureModel

extension ProcedureReader {
    /// Reads a `when` attribute: compiled by libxml2 now, so a mistake is reported at load, at its column.
    mutating func condition(_ expression: String, in element: xmlNodePtr) -> Condition {
        let found = checkCondition(expression, in: element)
        return Condition(
            expression: expression,
            variables: found.scanner.variables,
            comparisons: found.scanner.comparisons,
            location: parsed.location(ofAttribute: "when", in: element)
        )
    }

    /// Reports what is wrong with a `when` expression, each fault at its own column.
    @discardableResult
    mutating func checkCondition(_ expression: String, in element: xmlNodePtr) -> ConditionFindings {
        let found = ConditionFindings.of(expression)
        if !found.findings.isEmpty {
            let ordinal = ariane_ordinal(element)
            for finding in found.findings {
                let place = parsed.sourceMap.location(ofValueCharacter: finding.offset, attribute: "when", inElement: ordinal)
                diagnostics.append(Diagnostic(file: parsed.file, location: place, message: finding.message))
            }
        }
        return found
    }
}
