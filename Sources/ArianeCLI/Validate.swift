import ArgumentParser
import ProcedureModel
import ProcedureXML

/// `ariane validate`: every file against the schema, conditions compiled; exit 0 only if all are valid.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check procedure files against the schema and compile their conditions."
    )

    @Argument(help: "Procedure files or folders (searched for *.xml).")
    var paths: [String] = ["procedures"]

    func run() throws {
        let loader = try ProcedureLoader()
        let files = ProcedureLoader.files(in: paths)
        guard !files.isEmpty else {
            Console.error("error: no XML files in \(paths.joined(separator: ", "))")
            throw ExitCode(2)
        }
        var invalid = 0
        for diagnostics in loader.validateAll(files) where !diagnostics.isEmpty {
            invalid += 1
            Console.report(diagnostics)
        }
        if invalid > 0 {
            Console.out("\(Console.plural(invalid, "file")) of \(files.count) invalid")
            throw ExitCode.failure
        }
        Console.out("\(Console.plural(files.count, "file")) valid")
    }
}
