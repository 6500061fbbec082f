import ProcedureModel
import Synchronization

/// What is wrong with one `when` expression, worked out once per distinct text: the findings depend
/// on the expression alone, and a library repeats the same conditions across steps and procedures,
/// so `validate` over thousands of files scans, compiles and tries each one only once.
struct ConditionFindings: Sendable {
    /// One fault, at a character of the expression; the reader turns it into a place in the file.
    struct Finding: Sendable {
        /// Offset in characters from the start of the expression.
        var offset: Int
        var message: String
    }

    /// The expression's tokens: which answers it reads and what it compares them with.
    let scanner: XPathScanner
    /// In the order the author reads them: missing `$`, unknown functions, a read of the XML tree,
    /// then what libxml2 refuses when compiling or trying it.
    let findings: [Finding]

    /// The findings for `expression`, from the ones already worked out when it was seen before.
    static func of(_ expression: String) -> ConditionFindings {
        if let known = foundSoFar.withLock({ $0[expression] }) { return known }
        let fresh = ConditionFindings(expression)
        foundSoFar.withLock { known in
            // Bounded for a process that reads endless made-up files (a fuzzer): past it, nothing is kept.
            if known.count < 10_000 { known[expression] = fresh }
        }
        return fresh
    }

    private static let foundSoFar = Mutex<[String: ConditionFindings]>([:])

    /// One context for every trial run: it only ever evaluates with no answers, one expression at a time.
    private static let trialContext = Mutex(XPathEvaluationContext())

    private init(_ expression: String) {
        scanner = XPathScanner(expression)
        var findings: [Finding] = []
        for bare in scanner.bareNames {
            findings.append(
                Finding(
                    offset: bare.offset,
                    message: "'\(bare.name)' in a condition is not an answer: write $\(bare.name) to read the answer to step '\(bare.name)'"))
        }
        let calls = scanner.functionCalls
        let unknown = Self.trialContext.withLock { context in calls.filter { !context.hasFunction($0.name) } }
        for call in unknown {
            findings.append(Finding(offset: call.offset, message: "'\(call.name)()' is not an XPath 1.0 function"))
        }
        // One is enough: `count(//*)` is a single mistake, not three.
        if let read = scanner.documentReads.first {
            findings.append(
                Finding(
                    offset: read.offset,
                    message:
                        "'\(read.name)' reads the XML tree, and a condition has none: it gives the same result whatever the answers; read an answer with $step-id"
                ))
        }
        switch CompiledXPath.compile(expression) {
        case .failure(let failure):
            findings.append(Finding(offset: failure.offset, message: failure.message))
        case .success(let compiled):
            // A dry run with every answer empty finds unknown functions and type errors, which
            // libxml2 only notices when it evaluates.
            if case .failure(let failure) = Self.trialContext.withLock({ $0.evaluate(compiled, answers: Answers()) }) {
                findings.append(Finding(offset: 0, message: "invalid condition: \(failure.message)"))
            }
        }
        self.findings = findings
    }
}
