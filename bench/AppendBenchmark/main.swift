import EventLog
import Foundation
import ProcedureModel

// Appends or reads events through SQLiteEventStore's async methods (what the server and the CLI
// call), timing only the store.
// Usage: AppendBenchmark append DB EVENTS BATCH [power-cut]  |  AppendBenchmark read DB

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
    let store = try SQLiteEventStore(path: values[0], durability: durability)
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
    let store = try SQLiteEventStore(path: path)
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

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "append":
    try await append(Array(arguments.dropFirst()))
case "read":
    guard arguments.count == 2 else { exit(2) }
    try await read(arguments[1])
default:
    FileHandle.standardError.write(Data("usage: AppendBenchmark append DB EVENTS BATCH | read DB\n".utf8))
    exit(2)
}
