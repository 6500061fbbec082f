import ArgumentParser

struct TestScenarios: ParsableCommand {
    func run() throws {}
}
