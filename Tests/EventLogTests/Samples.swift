import Foundation
import ProcedureModel

/// 2026-11-02 09:00:00 UTC, in ms.
let nineOClock: Int64 = 1_793_610_000_000

/// One event of every kind, over two sessions, with every optional field both set and absent.
func everyKind(session: String = "7f3a9c0d5e1b2a4c", other: String = "b2c4d6e8f0a1b3c5", start: Int64 = nineOClock) -> [GuideEvent] {
    func event(
        _ kind: GuideEvent.Kind, _ offset: Int64, step: String? = "foyer", value: String? = nil, reason: String? = nil,
        count: Int? = nil, session key: String = session
    ) -> GuideEvent {
        GuideEvent(
            session: key, procedure: "css", procedureVersion: "2026-11", step: step, kind: kind, time: start + offset,
            channel: .kiosk, site: "mairie-centre", terminal: "borne-2", locale: "fr", value: value, reason: reason, count: count
        )
    }
    var events = [
        event(.sessionStarted, 0), event(.stepEntered, 0), event(.audioPlayed, 1_200), event(.audioReplayed, 4_000),
        event(.helpAsked, 9_000), event(.glossaryOpened, 11_000), event(.noInput, 41_000, count: 1),
        event(.inputRejected, 45_000, reason: "not-a-choice"), event(.answered, 52_000, value: "2+"),
        event(.stepEntered, 52_000, step: "revenus"), event(.answered, 80_000, step: "revenus"),
        event(.back, 95_000, step: "revenus", value: "foyer", count: 1), event(.handedOff, 120_000),
        event(.workerNote, 121_000, reason: BlockageCategory.missingDocument.rawValue), event(.mediatorCalled, 130_000),
        event(.mediatorAnswered, 170_000), event(.timedOut, 600_000),
        event(.resumed, 900_000), event(.completed, 960_000, step: "fin", value: "fin", reason: "eligible"),
        event(.feedback, 965_000, step: "fin", value: "good"),
        event(.estimateShown, 966_000, step: "verifier", value: "ppa rsa aide_logement af"),
        event(.estimateFellBack, 967_000, step: "verifier", value: "cmu_c css_participation_forfaitaire", reason: EstimateFallback.timedOut.rawValue),
    ]
    var other = event(.sessionStarted, 30_000, session: other)
    other.channel = .assisted
    other.site = nil
    other.terminal = nil
    other.locale = "ar"
    other.procedureVersion = "2026-12"
    events.append(other)
    other.kind = .abandoned
    other.step = nil
    other.time += 5_000
    events.append(other)
    return events
}

/// A new empty folder for one test.
func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("eventlog-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
}

/// Runs a command-line tool and returns what it printed; for `sqlite3` in the file-safety tests.
@discardableResult
func run(_ tool: String, _ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [tool] + arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
}
