import Foundation
public import ProcedureModel

extension ProcedureLoader {
    /// The XML files named on a command line: files as given, folders searched for `*.xml`, sorted.
    public static func files(in paths: [String]) -> [String] {
        var found: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                found.append(path)
                continue
            }
            let base = path.hasSuffix("/") ? String(path.dropLast()) : path
            let enumerator = FileManager.default.enumerator(atPath: path)
            var inFolder: [String] = []
            while let relative = enumerator?.nextObject() as? String {
                if relative.hasSuffix(".xml") { inFolder.append(base + "/" + relative) }
            }
            found += inFolder.sorted()
        }
        return found
    }

    /// Loads every file under `paths` into one library: the procedures, and the document and
    /// help-point directories and the glossary (taken from beside the first procedure when not named).
    ///
    /// Files that fail to load are left out of the library and reported; the rest still load.
    public func loadLibrary(_ paths: [String]) -> (library: ProcedureLibrary, diagnostics: [Diagnostic]) {
        var files = Self.files(in: paths)
        let named = Set(files.map { ($0 as NSString).lastPathComponent })
        if let first = files.first {
            let folder = (first as NSString).deletingLastPathComponent
            for directory in [Self.documentsFileName, Self.helpPointsFileName, Self.glossaryFileName] where !named.contains(directory) {
                let candidate = folder.isEmpty ? directory : folder + "/" + directory
                if FileManager.default.fileExists(atPath: candidate) { files.append(candidate) }
            }
        }
        var library = ProcedureLibrary()
        library.openFiscaVariables = files.first.flatMap {
            OpenFiscaVariableList.load(besideProceduresIn: ($0 as NSString).deletingLastPathComponent)
        }
        var diagnostics: [Diagnostic] = []
        for (file, result) in zip(files, loadAll(files)) {
            switch result {
            case .failure(let failure):
                diagnostics += failure.diagnostics
            case .success(.procedure(let procedure)):
                library.procedures.append(procedure)
            case .success(.documents(let documents)):
                library.documentsFile = file
                diagnostics += Self.merge(documents, into: &library.documents, file: file, kind: "document")
            case .success(.helpPoints(let helpPoints)):
                library.helpPointsFile = file
                diagnostics += Self.merge(helpPoints, into: &library.helpPoints, file: file, kind: "help point")
            case .success(.glossary(let terms)):
                library.glossaryFile = file
                diagnostics += Self.merge(terms, into: &library.glossary, file: file, kind: "glossary term")
            }
        }
        return (library, diagnostics)
    }

    /// Adds directory entries by id; a repeated id keeps the first entry and is reported.
    private static func merge<Entry: Identifiable<String>>(
        _ entries: [Entry], into directory: inout [String: Entry], file: String, kind: String
    ) -> [Diagnostic] where Entry: Locatable {
        var diagnostics: [Diagnostic] = []
        for entry in entries {
            if let first = directory[entry.id] {
                diagnostics.append(
                    Diagnostic(file: file, location: entry.location, message: "\(kind) id '\(entry.id)' is already used on line \(first.location.line)"))
            } else {
                directory[entry.id] = entry
            }
        }
        return diagnostics
    }

    public static let documentsFileName = "documents.xml"
    public static let helpPointsFileName = "help-points.xml"
    public static let glossaryFileName = "glossary.xml"

    /// Validates files on all cores, as ``validate(at:)`` does one; the problems of each, in order.
    public func validateAll(_ files: [String]) -> [[Diagnostic]] {
        let results = ResultSlots<[Diagnostic]>(count: files.count, empty: [])
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            results.set(index, validate(at: files[index]))
        }
        return results.values
    }

    /// Loads files on all cores: each thread gets its own libxml2 parser and validation context,
    /// and shares only the read-only schema.
    public func loadAll(_ files: [String]) -> [Result<Content, DiagnosticList>] {
        let results = ResultSlots<Result<Content, DiagnosticList>>(count: files.count, empty: .failure(DiagnosticList([])))
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let result: Result<Content, DiagnosticList>
            do throws(DiagnosticList) {
                result = .success(try load(at: files[index]))
            } catch {
                result = .failure(error)
            }
            results.set(index, result)
        }
        return results.values
    }
}

/// Slots written by index from several threads, each slot exactly once.
private final class ResultSlots<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Value]

    init(count: Int, empty: Value) {
        slots = Array(repeating: empty, count: count)
    }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var values: [Value] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}

/// Directory entries know where they were written.
protocol Locatable {
    var location: SourceLocation { get }
}

extension Document: Locatable {}
extension HelpPoint: Locatable {}
extension GlossaryTerm: Locatable {}
