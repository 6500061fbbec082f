import ArgumentParser
import ProcedureCheck
import ProcedureModel
import ProcedureXML

enum GraphFormat: String, ExpressibleByArgument, CaseIterable {
    case dot, mermaid

    var drawing: GraphDrawing.Format { self == .dot ? .dot : .mermaid }
}

/// `ariane graph`: the step graph as Graphviz DOT or Mermaid, for authors and social workers.
struct Graph: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw a procedure's step graph (choices and conditions on the edges, outcomes highlighted).",
        discussion: "Render DOT with `dot -Tsvg`; paste Mermaid into a Markdown file or mermaid.live."
    )

    @Argument(help: "The procedure file.")
    var procedure: String

    @Option(help: "dot or mermaid.")
    var format: GraphFormat = .dot

    func run() throws {
        let loaded = try loadProcedureOrExit(procedure)
        Console.write(GraphDrawing.draw(loaded, as: format.drawing))
    }
}
