import ArgumentParser
import BlockageAnalytics
import EventLog
import Foundation
import GuideEngine
import PostgresStore
import ProcedureModel
import ProcedureXML
import Simulator

/// `ariane simulate`: realistic synthetic sessions over real procedures, into the event log.
struct Simulate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write realistic synthetic sessions to the event log, for demonstrations, tests and benchmarks.",
        discussion: """
            Each session is a real walk through a procedure by the guide engine: simulated people listen, \
            stay silent, ask for help, go back, give up at hard steps, are handed to a worker who notes why \
            they are stuck, or reach an outcome. The same seed gives the same events.
            """
    )

    @Argument(help: "Procedure files or folders (searched for *.xml).")
    var paths: [String] = ["procedures"]

    @Option(help: "How many sessions.")
    var sessions: Int = 1_000

    @Option(help: "The seed: the same seed gives the same sessions.")
    var seed: UInt64 = 1

    @Option(help: ArgumentHelp("The first day of the simulated period.", valueName: "YYYY-MM-DD"))
    var start: String = "2026-11-02"

    @Option(help: "How many days the sessions are spread over (opening hours only).")
    var days: Int = 28

    @OptionGroup var store: StoreOptions

    @Option(help: .hidden)
    var batch: Int = 10_000

    /// After each batch is acknowledged, its events as JSON Lines then `ack N`: the crash test's record.
    @Option(help: .hidden)
    var ackLog: String?

    func validate() throws {
        do {
            _ = try Day(start, name: "--start")
        } catch {
            throw ValidationError(error.description)
        }
        guard sessions >= 0 else { throw ValidationError("--sessions cannot be negative") }
        guard days >= 1 else { throw ValidationError("--days must be at least 1") }
        guard batch >= 1 else { throw ValidationError("--batch must be at least 1") }
    }

    func run() async throws {
        let (library, problems) = try ProcedureLoader().loadLibrary(paths)
        guard problems.isEmpty, !library.procedures.isEmpty else {
            Console.report(problems)
            if library.procedures.isEmpty { Console.error("error: no procedure to simulate in \(paths.joined(separator: ", "))") }
            throw ExitCode.failure
        }
        var procedures: [(procedure: Procedure, conditions: any ConditionEvaluator)] = []
        for procedure in library.procedures {
            do {
                procedures.append((procedure, try XPathConditions(procedure: procedure)))
            } catch {
                Console.report(error.diagnostics)
                throw ExitCode.failure
            }
        }
        guard let firstDay = try? Day(start, name: "--start") else { throw ExitCode(2) }
        let log = try await store.open()
        let acknowledgements = try ackLog.map { try AcknowledgementLog(path: $0) }
        let simulation = Simulation(procedures: procedures, sessions: sessions, seed: seed, firstMidnight: firstDay.midnightUTC, days: days)
        var pending: [GuideEvent] = []
        var written = 0
        var batches = 0
        do {
            for index in 0..<sessions {
                pending += simulation.events(ofSession: index)
                if pending.count >= batch || (index == sessions - 1 && !pending.isEmpty) {
                    try await log.append(pending)
                    written += pending.count
                    batches += 1
                    try acknowledgements?.record(pending, batch: batches)
                    pending.removeAll(keepingCapacity: true)
                }
            }
            try EventStoreLocation.close(log)
        } catch {
            Console.error("\(error)")
            throw ExitCode.failure
        }
        Console.out("\(Console.plural(sessions, "session")), \(Console.plural(written, "event")) written to \(try store.location())")
    }
}

/// What `--ack-log` writes after each append returns: the batch's events as JSON Lines, then `ack N`.
///
/// Written only once the store has acknowledged the batch, so a reader killed with the writer
/// knows which events the store promised to keep.
private final class AcknowledgementLog {
    private let handle: FileHandle
    private let encoder = JSONEncoder()

    init(path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
        }
        handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    }

    func record(_ events: [GuideEvent], batch: Int) throws {
        var text = Data()
        for event in events {
            text.append(try encoder.encode(event))
            text.append(UInt8(ascii: "\n"))
        }
        text.append(Data("ack \(batch)\n".utf8))
        try handle.write(contentsOf: text)
    }
}
