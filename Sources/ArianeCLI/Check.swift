import ArgumentParser
import ProcedureCheck
import ProcedureModel
import ProcedureXML

/// `ariane check`: the static analysis, as `file:line:col: severity: message` lines.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find unreachable steps, dead ends, loops without exit, unrouted choices, undefined variables, missing audio and scenarios.",
        discussion: "Exit status: 0 without errors (warnings allowed), 1 with errors."
    )

    @Argument(help: "Procedure files or folders (searched for *.xml).")
    var paths: [String] = ["procedures"]

    func run() throws {
        let (library, loadProblems) = try ProcedureLoader().loadLibrary(paths)
        let problems = loadProblems + ProcedureChecker.check(library)
        Console.report(problems)
        let errors = problems.filter { $0.severity == .error }.count
        let warnings = problems.filter { $0.severity == .warning }.count
        Console.out("\(Console.plural(library.procedures.count, "procedure")) checked: \(Console.plural(errors, "error")), \(Console.plural(warnings, "warning"))")
        if errors > 0 { throw ExitCode.failure }
    }
}
