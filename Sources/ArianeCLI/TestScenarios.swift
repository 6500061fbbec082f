import ArgumentParser
import GuideEngine
import ProcedureModel
import ProcedureXML

/// `ariane test`: replays every scenario; a failure shows the path taken and where it diverged.
struct TestScenarios: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Replay every <scenario> of every procedure and report pass or fail."
    )

    @Argument(help: "Procedure files or folders (searched for *.xml).")
    var paths: [String] = ["procedures"]

    func run() throws {
        let (library, problems) = try ProcedureLoader().loadLibrary(paths)
        Console.report(problems)
        var passed = 0
        var failed = 0
        for procedure in library.procedures {
            let conditions: XPathConditions
            do {
                conditions = try XPathConditions(procedure: procedure)
            } catch {
                Console.report(error.diagnostics)
                failed += procedure.scenarios.count
                continue
            }
            for scenario in procedure.scenarios {
                let result = ScenarioRunner.run(scenario, in: procedure, conditions: conditions)
                if let failure = result.failure {
                    failed += 1
                    Console.out("FAIL \(procedure.id): \(scenario.name)")
                    Console.out("     path: \(result.path.joined(separator: " → "))")
                    Console.out("     \(failure)")
                    Console.error(
                        "\(procedure.file):\(scenario.location.line):\(scenario.location.column): error: scenario '\(scenario.name)' failed: \(failure)")
                } else {
                    passed += 1
                    Console.out("pass \(procedure.id): \(scenario.name)")
                }
            }
        }
        Console.out("\(Console.plural(passed + failed, "scenario")): \(passed) passed, \(failed) failed")
        if failed > 0 || !problems.isEmpty { throw ExitCode.failure }
    }
}
