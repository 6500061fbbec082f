import CLibXML2
import Foundation
public import ProcedureModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads procedure files safely and exactly: the one door through which XML enters Ariane.
///
/// ```swift
/// let loader = try ProcedureLoader()
/// let procedure = try loader.loadProcedure(at: "procedures/css.xml")
/// ```
/// Every failure is a ``DiagnosticList`` of `file:line:col: error: message` entries.
public final class ProcedureLoader: Sendable {
    private let schema: ProcedureSchema

    public init() throws(DiagnosticList) {
        xmlInitParser()
        schema = try ProcedureSchema()
    }

    /// The schema file shipped with Ariane, for editors and xmllint.
    public static var schemaPath: String? { ProcedureSchema.bundledURL?.path }

    /// What one file holds once read.
    public enum Content: Sendable {
        case procedure(Procedure)
        case documents([Document])
        case helpPoints([HelpPoint])
        case glossary([GlossaryTerm])
    }

    /// Parses, validates and reads one file of any of the three kinds.
    public func load(xml bytes: [UInt8], file: String) throws(DiagnosticList) -> Content {
        let (parsed, root) = try parseAndValidate(bytes, file: file)
        var reader = ProcedureReader(parsed)
        let content: Content
        if root.isElement(named: "documents") {
            content = .documents(reader.documents(in: root))
        } else if root.isElement(named: "helpPoints") {
            content = .helpPoints(reader.helpPoints(in: root))
        } else if root.isElement(named: "glossary") {
            content = .glossary(reader.glossary(in: root))
        } else if let procedure = reader.read() {
            content = .procedure(procedure)
        } else {
            throw DiagnosticList([parsed.diagnostic("expected <procedure>, <documents>, <helpPoints> or <glossary>", at: root)])
        }
        if !reader.diagnostics.isEmpty { throw DiagnosticList(reader.diagnostics) }
        return content
    }

    /// Reads a file from disk; refuses anything too large before reading it.
    public func load(at path: String) throws(DiagnosticList) -> Content {
        try load(xml: try Self.readFile(path), file: path)
    }

    public func loadProcedure(xml text: String, file: String) throws(DiagnosticList) -> Procedure {
        try procedure(from: load(xml: Array(text.utf8), file: file), file: file)
    }

    public func loadProcedure(at path: String) throws(DiagnosticList) -> Procedure {
        try procedure(from: load(at: path), file: path)
    }

    /// Checks one file as `ariane validate` does, returning its problems (none when valid).
    ///
    /// The same checks as ``load(at:)`` (well-formed, safe, schema-valid, conditions compile) without
    /// building the model, which `validate` does not need.
    public func validate(at path: String) -> [Diagnostic] {
        do throws(DiagnosticList) {
            let (parsed, root) = try parseAndValidate(try Self.readFile(path), file: path)
            var reader = ProcedureReader(parsed)
            if root.isElement(named: "procedure") { reader.checkWithoutReading(root) }
            return reader.diagnostics
        } catch {
            return error.diagnostics
        }
    }

    private func parseAndValidate(_ bytes: [UInt8], file: String) throws(DiagnosticList) -> (ParsedDocument, xmlNodePtr) {
        let parsed = try SecureParser.parse(bytes, file: file)
        let invalid = schema.validate(parsed)
        if !invalid.isEmpty { throw DiagnosticList(invalid) }
        guard let root = parsed.root else { throw DiagnosticList([]) }
        return (parsed, root)
    }

    private func procedure(from content: Content, file: String) throws(DiagnosticList) -> Procedure {
        guard case .procedure(let procedure) = content else {
            throw DiagnosticList([Diagnostic(file: file, location: SourceLocation(line: 1, column: 1), message: "this file is a directory, not a procedure")])
        }
        return procedure
    }

    static func readFile(_ path: String) throws(DiagnosticList) -> [UInt8] {
        if let bytes = try readRegularFile(path) { return bytes }
        return try readFileExplaining(path)
    }

    /// A regular file in one `open`, one `fstat` and one `read` (and one more that finds the end): `validate` reads
    /// thousands of files, and Foundation's file handle and attributes cost more than parsing a small
    /// one. `nil` when anything is unusual (missing, unreadable, not a regular file, an error while
    /// reading), for ``readFileExplaining(_:)`` to say what.
    private static func readRegularFile(_ path: String) throws(DiagnosticList) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        let size = Int(status.st_size)
        if size > SecureParser.maximumBytes { throw SecureParser.tooLarge(size: size, file: path) }
        // One byte more than the size announced, so that a file that grew since `fstat` is noticed.
        var complete = true
        let bytes = [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, count in
            count = 0
            guard let base = buffer.baseAddress else { return }
            while count < buffer.count {
                let got = read(descriptor, base + count, buffer.count - count)
                if got == 0 { return }
                if got < 0 {
                    if errno == EINTR { continue }
                    complete = false
                    return
                }
                count += got
            }
            complete = false
        }
        return complete ? bytes : nil
    }

    /// Reads a file the slow way, with Foundation, to tell what is wrong with it.
    private static func readFileExplaining(_ path: String) throws(DiagnosticList) -> [UInt8] {
        func failure(_ message: String) -> DiagnosticList {
            DiagnosticList([Diagnostic(file: path, location: SourceLocation(line: 1, column: 1), message: message)])
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw failure(FileManager.default.fileExists(atPath: path) ? "cannot read this file" : "no such file")
        }
        defer { try? handle.close() }
        // Read one byte past the limit: enough to know the file is too large without loading it all.
        let limit = SecureParser.maximumBytes
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        if size > limit {
            throw SecureParser.tooLarge(size: size, file: path)
        }
        do {
            return Array(try handle.readToEnd() ?? Data())
        } catch {
            throw failure("cannot read this file: \(error.localizedDescription)")
        }
    }
}
