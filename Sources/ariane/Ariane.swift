public import ArgumentParser

/// `ariane`: validate, check, test, run and draw procedures; extract their strings for translators.
public struct Ariane: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "ariane",
        abstract: "Guide people through administrative procedures, one plain-language step at a time.",
        subcommands: [
            Validate.self, Check.self, TestScenarios.self, Run.self, Graph.self, Extract.self, Audio.self, User.self,
            Simulate.self, Purge.self, Serve.self,
            Report.self, Export.self,
        ]
    )

    public init() {}
}
