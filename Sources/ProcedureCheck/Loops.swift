import ProcedureModel

/// Rule 5: reachable loops from which no outcome can be reached, and the steps that only lead into trouble.
///
/// A step "can reach an outcome" when a search backwards from the outcomes finds it. Among the reachable
/// steps that cannot, each strongly connected component with a cycle (a self-loop counts) is one loop,
/// reported once at the step where a person first enters it. The other such steps — not in a loop, but
/// with somewhere to go — can only lead into a loop, a dead end or a missing step, which are reported in
/// their own right; so they are summed up in one diagnostic, at the one nearest the start.
enum Loops: ProcedureRule {
    static func check(_ context: CheckContext) -> [Diagnostic] {
        let graph = context.graph
        let leadsToOutcome = graph.canReach(graph.outcomes)
        let trapped = (0..<graph.count).map { graph.isReachable($0) && !leadsToOutcome[$0] }
        guard trapped.contains(true) else { return [] }

        let steps = context.procedure.steps
        var inLoop = [Bool](repeating: false, count: graph.count)
        var diagnostics: [Diagnostic] = []
        for component in stronglyConnectedComponents(of: graph.successors, within: trapped) {
            guard component.count > 1 || graph.successors[component[0]].contains(component[0]) else { continue }
            for step in component { inLoop[step] = true }
            diagnostics.append(loop(component, context))
        }

        let doomed = (0..<graph.count)
            .filter { trapped[$0] && !inLoop[$0] && !graph.successors[$0].isEmpty }
            .sorted { nearerStart($0, $1, graph) }
        if let first = doomed.first {
            var message = "step \(steps[first].id.quoted) can never lead to an outcome"
            if doomed.count > 1 {
                message += " (nor can \(quotedList(doomed.dropFirst().map { steps[$0].id })))"
            }
            diagnostics.append(context.error(.noWayToAnOutcome, message, at: steps[first].location))
        }
        return diagnostics
    }

    /// One loop, described from where a person enters it, going round the shortest way.
    private static func loop(_ component: [Int], _ context: CheckContext) -> Diagnostic {
        let graph = context.graph
        let steps = context.procedure.steps
        let entry = component.min(by: { nearerStart($0, $1, graph) }) ?? component[0]
        let cycle = shortestCycle(from: entry, within: Set(component), graph)
        var message = "loop with no way out: " + describe(cycle, steps)
        let onCycle = Set(cycle)
        let aside = component.filter { !onCycle.contains($0) }.sorted().map { steps[$0].id }
        if !aside.isEmpty {
            message += " (also caught in it: \(quotedList(aside)))"
        }
        return context.error(.loopWithoutExit, message, at: steps[entry].location)
    }

    /// The way round, as `'a' → 'b' → 'a'`; a long one is cut, so the message stays readable.
    private static func describe(_ cycle: [Int], _ steps: [Step]) -> String {
        let names = cycle.map { steps[$0].id.quoted }
        guard names.count > 12 else { return names.joined(separator: " → ") }
        return (names.prefix(10) + ["…", names[names.count - 1]]).joined(separator: " → ")
            + " (\(names.count - 1) steps)"
    }

    /// Orders reachable steps by distance from the start, then by place in the file.
    private static func nearerStart(_ a: Int, _ b: Int, _ graph: StepGraph) -> Bool {
        (graph.depth[a] ?? .max, a) < (graph.depth[b] ?? .max, b)
    }

    /// The shortest way from `entry` back to itself inside `members`, both ends included.
    private static func shortestCycle(from entry: Int, within members: Set<Int>, _ graph: StepGraph) -> [Int] {
        var parent: [Int: Int] = [:]
        var queue = [entry]
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for next in graph.successors[node] where members.contains(next) {
                if next == entry {
                    var back: [Int] = []
                    var cursor = node
                    while cursor != entry {
                        back.append(cursor)
                        cursor = parent[cursor] ?? entry
                    }
                    return [entry] + back.reversed() + [entry]
                }
                if parent[next] == nil {
                    parent[next] = node
                    queue.append(next)
                }
            }
        }
        return [entry]  // Not reached: a component with a cycle always leads back to each member.
    }
}
