import EventLog
import Foundation
import ProcedureModel
import Synchronization

/// An in-memory event store that also writes each committed event as one JSON line to a file, so a
/// test in another process can read what the server recorded.
final class JSONLinesEventStore: EventStore {
    private let memory = MemoryEventStore()
    private let file: Mutex<FileHandle>

    init(file url: URL) throws {
        FileManager.default.createFile(atPath: url.path, contents: nil)
        file = Mutex(try FileHandle(forWritingTo: url))
    }

    func append(_ events: [GuideEvent]) async throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        var lines = Data()
        for event in events {
            lines.append(try encoder.encode(event))
            lines.append(UInt8(ascii: "\n"))
        }
        try file.withLock { handle in
            try handle.seekToEnd()
            try handle.write(contentsOf: lines)
        }
        try await memory.append(events)
    }

    func forEachEvent(matching filter: EventFilter, _ body: (GuideEvent) throws -> Void) async throws {
        try await memory.forEachEvent(matching: filter, body)
    }

    func purge(before time: Int64) async throws -> Int {
        try await memory.purge(before: time)
    }

    func count(matching filter: EventFilter) async throws -> Int {
        try await memory.count(matching: filter)
    }
}
