import BlockageAnalytics
import EventLog
import Foundation
import PostgresStore
import ProcedureModel

// Appends or reads events through the store's async methods (what the server and the CLI call),
// timing only the store; DB is an SQLite file or a postgres:// URL. `report` times the blockage
// report (read and fold) and prints its JSON, generation time left out, for comparing two stores.
// Usage: AppendBenchmark append DB EVENTS BATCH [power-cut]  |  AppendBenchmark read DB  |  AppendBenchmark report DB OUT

func seconds(_ body: () async throws -> Void) async rethrows -> Double {
    let start = ContinuousClock.now
    try await body()
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

func append(_ values: [String]) async throws {
    guard values.count == 3 || values.count == 4, let count = Int(values[1]), let batch = Int(values[2]) else {
        FileHandle.standardError.write(Data("usage: AppendBenchmark append DB EVENTS BATCH [power-cut]\n".utf8))
        exit(2)
    }
    var log = SyntheticLog(seed: 2026)
    let events = log.events(count)
    let durability: SQLiteEventStore.Durability = values.count == 4 && values[3] == "power-cut" ? .powerCut : .processCrash
    let store = try await EventStoreLocation.resolve(database: values[0], data: nil).open(durability: durability)
    let time = try await seconds {
        var start = 0
        while start < events.count {
            let end = min(start + batch, events.count)
            try await store.append(Array(events[start..<end]))
            start = end
        }
    }
    let mode = durability == .powerCut ? "synced at every append, survives a power cut" : "the default, survives kill -9"
    print("store (\(mode)): \(count) events in batches of \(batch): " + String(format: "%.2f s (%.0f events/s)", time, Double(count) / time))
}

func read(_ path: String) async throws {
    let store = try await EventStoreLocation.resolve(database: path, data: nil).open()
    var events = 0
    var answered = 0
    let time = try await seconds {
        try await store.forEachEvent(matching: .all) { event in
            events += 1
            if event.kind == .answered { answered += 1 }
        }
    }
    print(String(format: "forEachEvent: %d events (%d answers) in %.2f s (%.0f events/s)", events, answered, time, Double(events) / time))
}

func report(_ path: String, to output: String) async throws {
    let store = try await EventStoreLocation.resolve(database: path, data: nil).open()
    var report: BlockageReport?
    let time = try await seconds {
        report = try await BlockageAnalytics.report(from: store, now: 1_800_000_000_000)
    }
    guard let report else { return }
    let json = try JSONRenderer.render(report).split(separator: "\n").filter { !$0.contains("\"generatedAt\"") }.joined(separator: "\n")
    try json.write(toFile: output, atomically: true, encoding: .utf8)
    print(String(format: "report: %d procedures in %.2f s", report.procedures.count, time))
}

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "append":
    try await append(Array(arguments.dropFirst()))
case "read":
    guard arguments.count == 2 else { exit(2) }
    try await read(arguments[1])
case "report":
    guard arguments.count == 3 else { exit(2) }
    try await report(arguments[1], to: arguments[2])
default:
    FileHandle.standardError.write(Data("usage: AppendBenchmark append DB EVENTS BATCH | read DB\n".utf8))
    exit(2)
}
