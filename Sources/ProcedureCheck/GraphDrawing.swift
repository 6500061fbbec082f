public import ProcedureModel

/// Draws a procedure's step graph for authors and social workers: Graphviz DOT or Mermaid.
///
/// Choices label their edges with their value, conditions with their expression; a `<next>` without
/// a condition is labelled "otherwise" when others precede it. Outcomes are coloured by result.
public enum GraphDrawing {
    public enum Format: String, Sendable, CaseIterable {
        case dot, mermaid
    }

    public static func draw(_ procedure: Procedure, as format: Format) -> String {
        switch format {
        case .dot: dot(procedure)
        case .mermaid: mermaid(procedure)
        }
    }

    /// One arrow of the picture.
    struct Edge: Equatable {
        var from: String
        var to: String
        var label: String
        var isConditional: Bool
    }

    static func edges(of step: Step) -> [Edge] {
        var edges = step.choices.compactMap { choice in
            choice.next.map { Edge(from: step.id, to: $0, label: choice.value, isConditional: false) }
        }
        let hasOtherRoutes = !edges.isEmpty || step.transitions.count > 1
        for transition in step.transitions {
            let label = transition.condition?.expression ?? (hasOtherRoutes ? "otherwise" : "")
            edges.append(Edge(from: step.id, to: transition.target, label: label, isConditional: transition.condition != nil))
        }
        return edges
    }

    static let outcomeColours: [Outcome: String] = [.eligible: "#c8e6c9", .notEligible: "#ffcdd2", .refer: "#ffe0b2"]

    /// The first words of a prompt, enough to recognise the step.
    static func shortText(_ text: String, limit: Int = 40) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }
}

extension GraphDrawing {
    static func dot(_ procedure: Procedure) -> String {
        var lines = [
            "digraph \(quotedDOT(procedure.id)) {",
            "  label=\(quotedDOT("\(procedure.title) (\(procedure.id) \(procedure.version))")); labelloc=t;",
            "  node [shape=box, style=rounded, fontname=\"sans-serif\"]; edge [fontname=\"sans-serif\", fontsize=10];",
            "  \"__start\" [shape=circle, label=\"\", width=0.25, style=filled, fillcolor=black];",
            "  \"__start\" -> \(quotedDOT(procedure.start.id));",
        ]
        for step in procedure.steps {
            var attributes = ["label=\(quotedDOT("\(step.id)\n\(shortText(step.prompt.text))"))"]
            if step.kind == .outcome {
                let colour = step.outcome.flatMap { outcomeColours[$0] } ?? "#eeeeee"
                attributes += ["shape=box", "style=\"rounded,filled,bold\"", "fillcolor=\"\(colour)\"", "peripheries=2"]
            } else if step.kind == .question {
                attributes.append("shape=box")
            } else {
                attributes.append("style=\"rounded,dashed\"")
            }
            lines.append("  \(quotedDOT(step.id)) [\(attributes.joined(separator: ", "))];")
            for edge in edges(of: step) {
                var edgeAttributes: [String] = []
                if !edge.label.isEmpty { edgeAttributes.append("label=\(quotedDOT(edge.label))") }
                if edge.isConditional { edgeAttributes.append("style=dashed") }
                let suffix = edgeAttributes.isEmpty ? "" : " [\(edgeAttributes.joined(separator: ", "))]"
                lines.append("  \(quotedDOT(edge.from)) -> \(quotedDOT(edge.to))\(suffix);")
            }
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    static func quotedDOT(_ text: String) -> String {
        "\"" + text.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"").replacing("\n", with: "\\n") + "\""
    }
}

extension GraphDrawing {
    static func mermaid(_ procedure: Procedure) -> String {
        var lines = ["---", "title: \(procedure.title.replacing(":", with: " -"))", "---", "flowchart TD", "  start(( )) --> \(mermaidID(procedure.start.id))"]
        for step in procedure.steps {
            let label = mermaidText("\(step.id): \(shortText(step.prompt.text))")
            let shape = step.kind == .outcome ? "([\"\(label)\"])" : step.kind == .question ? "{{\"\(label)\"}}" : "[\"\(label)\"]"
            var line = "  \(mermaidID(step.id))\(shape)"
            if step.kind == .outcome, let outcome = step.outcome { line += ":::\(outcome.rawValue.replacing("-", with: ""))" }
            lines.append(line)
            for edge in edges(of: step) {
                let arrow = edge.isConditional ? "-.->" : "-->"
                let label = edge.label.isEmpty ? "" : "|\"\(mermaidText(edge.label))\"|"
                lines.append("  \(mermaidID(edge.from)) \(arrow)\(label) \(mermaidID(edge.to))")
            }
        }
        for (outcome, colour) in outcomeColours.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            lines.append("  classDef \(outcome.rawValue.replacing("-", with: "")) fill:\(colour),stroke:#333,stroke-width:2px")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Mermaid reads `-` inside an id as the start of an arrow.
    static func mermaidID(_ id: String) -> String {
        "s_" + id.replacing("-", with: "_")
    }

    static func mermaidText(_ text: String) -> String {
        text.replacing("\"", with: "#quot;").replacing("|", with: "#124;").replacing("<", with: "#lt;").replacing(">", with: "#gt;")
    }
}
