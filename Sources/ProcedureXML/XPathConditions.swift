import CLibXML2
public import ProcedureModel
import Synchronization

/// Evaluates a procedure's `<next when="…">` conditions with libxml2's XPath 1.0 engine.
///
/// Expressions are compiled once; evaluation binds each `$variable` to the answer of the question
/// with that id (a string for choices, a number for numbers and dates, `''` when unanswered).
/// Conditions in the plain part of XPath that procedures use are evaluated in Swift with the same
/// results (``PlainCondition``), which spares libxml2's context set-up at every move.
public final class XPathConditions: ConditionEvaluator, @unchecked Sendable {
    // Compiled expressions are read-only once built; the one evaluation context is behind the mutex.
    private let compiled: [String: CompiledXPath]
    private let plain: [String: PlainCondition]
    private let evaluator: Mutex<XPathEvaluationContext>

    /// Compiles every condition in `procedure`; throws the ones libxml2 refuses.
    public init(procedure: Procedure) throws(DiagnosticList) {
        var compiled: [String: CompiledXPath] = [:]
        var problems: [Diagnostic] = []
        for step in procedure.steps {
            for case let condition? in step.transitions.map(\.condition) where compiled[condition.expression] == nil {
                switch CompiledXPath.compile(condition.expression) {
                case .success(let expression): compiled[condition.expression] = expression
                case .failure(let error):
                    problems.append(Diagnostic(file: procedure.file, location: condition.location, message: error.message))
                }
            }
        }
        if !problems.isEmpty { throw DiagnosticList(problems) }
        self.compiled = compiled
        self.plain = compiled.keys.reduce(into: [:]) { plain, expression in plain[expression] = PlainCondition.parse(expression) }
        self.evaluator = Mutex(XPathEvaluationContext())
    }

    public func isSatisfied(_ condition: Condition, answers: Answers) throws -> Bool {
        if let plain = plain[condition.expression] { return plain.holds(for: answers) }
        guard let expression = compiled[condition.expression] else {
            throw ConditionFailure(expression: condition.expression, location: condition.location, reason: "this condition was not compiled with the procedure")
        }
        let outcome = evaluator.withLock { context in
            context.evaluate(expression, answers: answers)
        }
        switch outcome {
        case .success(let holds): return holds
        case .failure(let error):
            throw ConditionFailure(expression: condition.expression, location: condition.location, reason: error.message)
        }
    }
}

/// An XPath expression compiled by libxml2.
final class CompiledXPath: @unchecked Sendable {
    let pointer: xmlXPathCompExprPtr

    private init(pointer: xmlXPathCompExprPtr) {
        self.pointer = pointer
    }

    deinit { xmlXPathFreeCompExpr(pointer) }

    struct Failure: Error {
        var message: String
        /// Character offset of the fault in the expression.
        var offset: Int
    }

    /// Every expression compiled so far, by its text: the loader compiles a condition to check it, and
    /// the evaluator of the same procedure finds it here instead of compiling it again. A compiled
    /// expression is never changed, so every procedure and session can share it.
    private static let compiledSoFar = Mutex<[String: CompiledXPath]>([:])

    static func compile(_ expression: String) -> Result<CompiledXPath, Failure> {
        if let known = compiledSoFar.withLock({ $0[expression] }) { return .success(known) }
        let (compiled, errors) = capturingLibXMLErrors { xmlXPathCompile(expression) }
        if let compiled {
            let fresh = CompiledXPath(pointer: compiled)
            return .success(
                compiledSoFar.withLock { known in
                    if let earlier = known[expression] { return earlier }
                    // Bounded for a process that reads endless made-up files (a fuzzer): past it, nothing is shared.
                    if known.count < 10_000 { known[expression] = fresh }
                    return fresh
                })
        }
        let error = errors.first
        let message = error.map { "invalid condition: \($0.readableMessage.lowercasedFirst)" } ?? "invalid condition"
        return .failure(Failure(message: message, offset: characterOffset(ofByte: error?.offset ?? 0, in: expression)))
    }

    /// libxml2 counts the fault's place in bytes; an author's editor counts characters.
    private static func characterOffset(ofByte offset: Int, in expression: String) -> Int {
        let utf8 = Array(expression.utf8)
        return utf8.prefix(max(0, min(offset, utf8.count))).filter { $0 & 0xC0 != 0x80 }.count
    }
}

/// One libxml2 XPath context, with answers bound for the length of one evaluation.
final class XPathEvaluationContext {
    private let document: xmlDocPtr
    private let context: xmlXPathContextPtr

    init() {
        // A context node is needed so that a stray path expression finds nothing instead of crashing.
        document = xmlNewDoc("1.0")
        context = xmlXPathNewContext(document)
        context.pointee.node = UnsafeMutableRawPointer(document).assumingMemoryBound(to: xmlNode.self)
        // Errors are read from `lastError`; this keeps libxml2 from printing them.
        context.pointee.error = { _, _ in }
        context.pointee.varLookupFunc = { data, name, _ in
            guard let data, let name else { return xmlXPathNewCString("") }
            let answers = data.assumingMemoryBound(to: Answers.self).pointee
            switch answers[String(cString: name)] {
            case .text(let value)?: return xmlXPathNewString(value)
            case .number(let value)?: return xmlXPathNewFloat(value)
            case nil: return xmlXPathNewCString("")
            }
        }
    }

    deinit {
        xmlXPathFreeContext(context)
        xmlFreeDoc(document)
    }

    /// Whether libxml2 knows an XPath function by this name (it only looks them up when evaluating).
    func hasFunction(_ name: String) -> Bool {
        xmlXPathFunctionLookup(context, name) != nil
    }

    func evaluate(_ expression: CompiledXPath, answers: Answers) -> Result<Bool, CompiledXPath.Failure> {
        var bound = answers
        let result = withUnsafeMutablePointer(to: &bound) { pointer -> Int32 in
            context.pointee.varLookupData = UnsafeMutableRawPointer(pointer)
            defer { context.pointee.varLookupData = nil }
            return xmlXPathCompiledEvalToBoolean(expression.pointer, context)
        }
        if result >= 0 { return .success(result == 1) }
        let message = context.pointee.lastError.message.map { String(cString: $0).trimmingSpaces() } ?? "evaluation failed"
        xmlResetError(&context.pointee.lastError)
        return .failure(CompiledXPath.Failure(message: message.lowercasedFirst, offset: 0))
    }
}

extension String {
    var lowercasedFirst: String {
        guard let first else { return self }
        return first.lowercased() + dropFirst()
    }
}
