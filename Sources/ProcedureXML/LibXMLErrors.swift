import CLibXML2

/// One error as libxml2 reported it, copied out of libxml2's memory.
struct LibXMLError {
    var domain: Int32
    var code: Int32
    var message: String
    var line: Int
    /// libxml2's column (`int2`): set by the parser, 0 for schema errors.
    var column: Int
    /// `int1`: for XPath errors, the offset of the fault in the expression.
    var offset: Int
    /// The node a schema error is about, if any. Only valid while its document lives.
    var node: xmlNodePtr?
}

/// Collects libxml2's errors while `body` runs on the current thread, then puts back the handler
/// that was installed before (another library's, or an outer capture's).
///
/// libxml2 keeps its error handlers per thread, so installing ours around a synchronous call is
/// safe even when several threads load files at once.
func capturingLibXMLErrors<T>(_ body: () throws -> T) rethrows -> (T, [LibXMLError]) {
    let sink = LibXMLErrorSink()
    let handler: xmlStructuredErrorFunc = { context, error in
        guard let context, let error else { return }
        let sink = Unmanaged<LibXMLErrorSink>.fromOpaque(context).takeUnretainedValue()
        let raw = error.pointee
        sink.errors.append(
            LibXMLError(
                domain: raw.domain,
                code: raw.code,
                message: raw.message.map { String(cString: $0) } ?? "unknown error",
                line: Int(raw.line),
                column: Int(raw.int2),
                offset: Int(raw.int1),
                node: raw.node?.assumingMemoryBound(to: xmlNode.self)
            )
        )
    }
    let previousHandler = ariane_structured_error_handler()
    let previousContext = ariane_structured_error_context()
    ariane_silence_generic_errors()
    xmlSetStructuredErrorFunc(Unmanaged.passUnretained(sink).toOpaque(), handler)
    defer { xmlSetStructuredErrorFunc(previousContext, previousHandler) }
    let result = try withExtendedLifetime(sink) { try body() }
    return (result, sink.errors)
}

private final class LibXMLErrorSink {
    var errors: [LibXMLError] = []
}

extension LibXMLError {
    /// libxml2's wording, made readable: one line, no namespace noise, no advice we do not want given.
    var readableMessage: String {
        var text = message
        if text.hasPrefix("Excessive depth in document") {
            return "elements are nested too deeply (more than \(SecureParser.maximumDepth) levels)"
        }
        if text.hasPrefix("Input is not proper UTF-8") {
            let bytes = text.split(separator: "\n").dropFirst().first.map { " (\($0))" } ?? ""
            return "the file is not valid UTF-8\(bytes)"
        }
        text = text.replacing("{\(ProcedureNamespace.uri)}", with: "")
        return text.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingSpaces()
    }
}

enum ProcedureNamespace {
    static let uri = "urn:ariane:procedure:1"
}

extension String {
    func trimmingSpaces() -> String {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }
}
