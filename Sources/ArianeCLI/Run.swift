import ArgumentParser
import EventLog
import Foundation
import GuideEngine
import ProcedureModel
import ProcedureXML

/// `ariane run`: walk a person through a procedure in the terminal.
struct Run: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Walk through a procedure in the terminal, as a resident would at a kiosk.",
        discussion: """
            At each step: type the number of your answer (or a number or date when asked), Enter to continue,
            b to go back, ? for "je ne comprends pas", a to hear the audio again, q to quit.
            """
    )

    @Argument(help: "The procedure file.")
    var procedure: String

    @Option(help: "The language to guide in (default: the procedure's own).")
    var lang: String?

    @Option(help: "The folder of translations, one subfolder per language.")
    var locales: String = "locales"

    @Option(help: "Read the answers from this file, one per line, instead of the keyboard.")
    var answers: String?

    @Option(help: "Append the session's events to this file as JSON Lines.")
    var events: String?

    @Flag(inversion: .prefixedNo, help: "Append the session's events to the event log (see --db and --data).")
    var store = true

    @OptionGroup var storage: StoreOptions

    @Option(help: "The site reported in events (a town hall, a social centre).")
    var site: String?

    @Option(help: "The terminal id reported in events.")
    var terminal: String?

    func run() async throws {
        let (french, problems) = try ProcedureLoader().loadLibrary([procedure])
        guard problems.isEmpty, let frenchProcedure = french.procedures.first else {
            Console.report(problems)
            throw ExitCode.failure
        }
        let locale = lang ?? frenchProcedure.language
        let library = try translatedOrExit(french, into: locale)
        guard let loaded = library.procedures.first else { throw ExitCode.failure }
        let input: any LineSource
        if let answers {
            guard let file = FileLines(path: answers) else {
                Console.error("\(answers):1:1: error: cannot read this answers file")
                throw ExitCode(2)
            }
            input = file
        } else {
            input = StandardInputLines()
        }
        let file = try events.map { path in
            do { return try EventFile(path: path) } catch {
                Console.error("error: cannot write events to \(path): \(error.localizedDescription)")
                throw ExitCode(2)
            }
        }
        let sinks: [any EventSink] = [file].compactMap { $0 } + (store ? [StoreSink(store: try await storage.open())] : [])
        let log = sinks.isEmpty ? nil : EventSinks(sinks: sinks)
        let context = SessionContext(sessionID: RandomID.make(), channel: .terminal, site: site, terminal: terminal, locale: locale)
        var guide = TerminalGuide(
            session: Session(procedure: loaded, context: context, conditions: try XPathConditions(procedure: loaded)),
            library: library, input: input, events: log,
            echoesInput: answers != nil || isatty(STDIN_FILENO) == 0
        )
        let ending: TerminalGuide.Ending
        do {
            ending = try await guide.walk()
        } catch let error as EventStoreError {
            Console.error("\(error)")
            throw ExitCode.failure
        }
        switch ending {
        case .completed, .quit: return
        case .inputRanOut, .procedureFault: throw ExitCode.failure
        }
    }
}

/// A random session id: 128 bits, never derived from the person.
enum RandomID {
    static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<16).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
    }
}
