import ArgumentParser
import ProcedureModel
import ProcedureXML

/// Loads one procedure, or prints its diagnostics and exits with failure.
func loadProcedureOrExit(_ path: String) throws -> Procedure {
    do {
        return try ProcedureLoader().loadProcedure(at: path)
    } catch {
        Console.report(error.diagnostics)
        throw ExitCode.failure
    }
}
