import CLibXML2
import ProcedureModel

/// Reads `documents.xml`, `help-points.xml` and `glossary.xml`, the shared directories procedures refer to.
extension ProcedureReader {
    func documents(in root: xmlNodePtr) -> [Document] {
        root.children(named: "document").map {
            Document(id: $0.attribute("id") ?? "", prompt: prompt(of: $0), location: parsed.location(of: $0))
        }
    }

    func helpPoints(in root: xmlNodePtr) -> [HelpPoint] {
        root.children(named: "helpPoint").map { element in
            HelpPoint(
                id: element.attribute("id") ?? "",
                name: element.child(named: "name")?.foldedText ?? "",
                prompt: prompt(of: element),
                phone: element.child(named: "phone")?.foldedText,
                website: element.child(named: "website")?.foldedText,
                address: element.child(named: "address")?.foldedText,
                hours: element.child(named: "hours")?.foldedText,
                source: element.child(named: "source").map(source),
                isExample: ["true", "1"].contains(element.attribute("example") ?? "false"),
                location: parsed.location(of: element)
            )
        }
    }

    func glossary(in root: xmlNodePtr) -> [GlossaryTerm] {
        root.children(named: "term").map {
            GlossaryTerm(
                id: $0.attribute("id") ?? "", abbreviation: $0.attribute("abbr") ?? "", prompt: prompt(of: $0),
                saidAsWord: $0.attribute("said") == "word", location: parsed.location(of: $0))
        }
    }
}
