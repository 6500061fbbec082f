import ArgumentParser

struct Graph: ParsableCommand {
    func run() throws {}
}
