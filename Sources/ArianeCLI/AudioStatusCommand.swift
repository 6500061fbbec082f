import ArgumentParser
import Speech

/// `ariane audio status`: per locale, how many prompts are recorded, synthesised, or still without sound.
struct AudioStatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Count, per locale and per procedure, the prompts recorded by a person, synthesised by espeak-ng, and missing."
    )

    @OptionGroup var options: AudioOptions

    func run() async throws {
        let (items, library, untranslated) = try options.prepare()
        try await options.printLines(
            { () async throws(SpeechError) in
                let byProcedure = try library.statusByProcedure(of: items)
                return try library.status(of: items).flatMap { total in
                    [Self.line(total.locale, total)]
                        + byProcedure.filter { $0.status.locale == total.locale }.map { Self.line("  \($0.group)", $0.status) }
                }
            }, untranslated: untranslated)
    }

    /// `fr: recorded 2, synthesised 10, missing 1`, or indented under its locale for a procedure.
    static func line(_ label: String, _ status: AudioStatus) -> String {
        "\(label): recorded \(status.recorded), synthesised \(status.synthesised), missing \(status.missing)"
    }
}
