import ArgumentParser
import Speech

/// `ariane audio status`: per locale, how many prompts are recorded, synthesised, or still without sound.
struct AudioStatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Count, per locale, the prompts recorded by a person, synthesised by espeak-ng, and missing."
    )

    @OptionGroup var options: AudioOptions

    func run() async throws {
        let (items, library, untranslated) = try options.prepare()
        try await options.printLines(
            { () async throws(SpeechError) in
                try library.status(of: items).map {
                    "\($0.locale): recorded \($0.recorded), synthesised \($0.synthesised), missing \($0.missing)"
                }
            }, untranslated: untranslated)
    }
}
