import CLibXML2
import ProcedureModel

extension ProcedureReader {
    /// `<estimate>`: the benefits to compute and the procedure's answers it reuses.
    ///
    /// The schema has already required the attributes; a `for` that names no estimate question is
    /// rejected by the schema's list of names, so the fallback here is never reached on a valid file.
    func estimate(_ element: xmlNodePtr) -> Estimate {
        Estimate(
            benefits: element.children(named: "benefit").map {
                Estimate.Benefit(variable: $0.attribute("variable") ?? "", location: parsed.location(ofAttribute: "variable", in: $0))
            },
            uses: element.children(named: "use").compactMap { use in
                guard let question = use.attribute("for").flatMap(EstimateQuestion.init(rawValue:)) else { return nil }
                return Estimate.Use(
                    answer: use.attribute("answer") ?? "", question: question, location: parsed.location(ofAttribute: "answer", in: use))
            },
            location: parsed.location(of: element))
    }
}
