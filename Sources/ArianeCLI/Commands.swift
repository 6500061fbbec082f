package import ArgumentParser

/// The commands that need no web server, for the `ariane` executable to compose with `serve` and `user`.
package enum ArianeCommands {
    /// Writing procedures and their translations, in the order `ariane --help` lists them.
    package static let authoring: [any ParsableCommand.Type] = [
        Validate.self, Check.self, TestScenarios.self, Run.self, Graph.self, Extract.self, Audio.self, DirectoryCommand.self, EstimateCommand.self,
    ]

    /// Filling, trimming and reading the event log.
    package static let eventLog: [any ParsableCommand.Type] = [Simulate.self, Purge.self, Report.self, Export.self, Migrate.self]
}
