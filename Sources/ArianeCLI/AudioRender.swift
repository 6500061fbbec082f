import ArgumentParser
import Speech

/// `ariane audio render`: a WAV file per prompt, rendering only what changed since the last run.
struct AudioRender: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render every audio script with espeak-ng into --out, reusing what is already rendered.",
        discussion: "A human recording, where there is one, is used instead and not rendered. Exit status 1 when espeak-ng is missing or a rendering fails."
    )

    @OptionGroup var options: AudioOptions

    func run() async throws {
        let (items, library, untranslated) = try options.prepare()
        // The library has already said espeak-ng is missing, once; nothing is written.
        guard library.espeakStatus.isAvailable else { throw ExitCode.failure }
        try await options.printLines(
            { () async throws(SpeechError) in
                try await library.render(items).map {
                    "\($0.locale): rendered \($0.rendered), reused \($0.reused), recorded \($0.recorded)"
                }
            }, untranslated: untranslated)
    }
}
