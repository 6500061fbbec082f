import ProcedureModel

/// The steps of a procedure as a directed graph over their positions in the file.
///
/// An edge is a choice's `next` or a `<next>` naming a step that exists (a name that does not is
/// reported as a reference). An outcome has no edges: it ends the path, and whatever it says
/// after that is ignored when the procedure runs.
struct StepGraph {
    /// For each step, the positions it can go to, in the order the file gives them.
    let successors: [[Int]]
    let predecessors: [[Int]]
    let start: Int?
    /// Moves from the start on a shortest path, per step; `nil` where no path from the start leads.
    let depth: [Int?]
    let outcomes: [Int]

    init(_ procedure: Procedure) {
        var successors: [[Int]] = []
        var predecessors = [[Int]](repeating: [], count: procedure.steps.count)
        var outcomes: [Int] = []
        for (position, step) in procedure.steps.enumerated() {
            if step.kind == .outcome {
                outcomes.append(position)
                successors.append([])
                continue
            }
            let targets = step.successors.compactMap { procedure.index(of: $0.step) }
            for target in targets { predecessors[target].append(position) }
            successors.append(targets)
        }
        self.successors = successors
        self.predecessors = predecessors
        self.outcomes = outcomes
        self.start = procedure.index(of: procedure.start.id)
        self.depth = Self.breadthFirst(from: start.map { [$0] } ?? [], along: successors)
    }

    var count: Int { successors.count }

    func isReachable(_ position: Int) -> Bool { depth[position] != nil }

    /// Whether each step can reach one of `targets` (which count as reaching themselves).
    func canReach(_ targets: [Int]) -> [Bool] {
        Self.breadthFirst(from: targets, along: predecessors).map { $0 != nil }
    }

    /// Whether each step can be reached from `origin` (which counts as reached).
    func reachable(from origin: Int) -> [Bool] {
        Self.breadthFirst(from: [origin], along: successors).map { $0 != nil }
    }

    /// Moves from the nearest origin to each node along `edges`; `nil` for nodes no origin reaches.
    private static func breadthFirst(from origins: [Int], along edges: [[Int]]) -> [Int?] {
        var depth = [Int?](repeating: nil, count: edges.count)
        var queue: [Int] = []
        for origin in origins where depth[origin] == nil {
            depth[origin] = 0
            queue.append(origin)
        }
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for next in edges[node] where depth[next] == nil {
                depth[next] = (depth[node] ?? 0) + 1
                queue.append(next)
            }
        }
        return depth
    }
}
