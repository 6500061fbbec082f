/// The strongly connected components of the graph `successors`, restricted to the nodes in `members`.
///
/// Tarjan's algorithm, linear in nodes and edges. Written with an explicit stack of frames rather than
/// recursion, so a chain of thousands of steps cannot overflow the thread's stack.
func stronglyConnectedComponents(of successors: [[Int]], within members: [Bool]) -> [[Int]] {
    let count = successors.count
    var index = [Int](repeating: -1, count: count)
    var lowLink = [Int](repeating: 0, count: count)
    var onStack = [Bool](repeating: false, count: count)
    var stack: [Int] = []
    var components: [[Int]] = []
    var nextIndex = 0
    // A frame is a node being explored and how many of its successors have been looked at.
    var frames: [(node: Int, edge: Int)] = []

    func visit(_ node: Int) {
        index[node] = nextIndex
        lowLink[node] = nextIndex
        nextIndex += 1
        stack.append(node)
        onStack[node] = true
        frames.append((node, 0))
    }

    for root in 0..<count where members[root] && index[root] < 0 {
        visit(root)
        while let frame = frames.last {
            let node = frame.node
            if frame.edge < successors[node].count {
                frames[frames.count - 1].edge += 1
                let next = successors[node][frame.edge]
                guard members[next] else { continue }
                if index[next] < 0 {
                    visit(next)
                } else if onStack[next] {
                    lowLink[node] = min(lowLink[node], index[next])
                }
                continue
            }
            frames.removeLast()
            if let parent = frames.last?.node {
                lowLink[parent] = min(lowLink[parent], lowLink[node])
            }
            if lowLink[node] == index[node] {
                var component: [Int] = []
                while let member = stack.popLast() {
                    onStack[member] = false
                    component.append(member)
                    if member == node { break }
                }
                components.append(component)
            }
        }
    }
    return components
}
