import ArgumentParser

/// `ariane audio`: the kiosk's spoken prompts, rendered offline with espeak-ng or recorded by a person.
struct Audio: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render the audio scripts with espeak-ng, and see which prompts are recorded, synthesised or missing.",
        subcommands: [AudioRender.self, AudioStatusCommand.self]
    )
}
