public import EventLog
public import ProcedureModel

/// The formats `ariane export` writes; see docs/analytics.md.
public enum ExportFormat: String, Sendable, CaseIterable {
    /// IEEE 1849 XES, for process-mining tools.
    case xes
    /// One event a line, for spreadsheets.
    case csv
    /// JSON Lines with the keys of `ariane run --events`.
    case jsonl

    /// Writes the events of `store` matching `filter`, in pieces of about `chunk` bytes (1 MiB),
    /// through `write`, which may suspend (a download waiting for the network).
    ///
    /// The store is read `batch` events at a time: memory holds a few batches and one piece,
    /// however large the log; the pieces depend on `chunk` only, not on `batch`.
    public func export(
        from store: any EventStore, filter: EventFilter, batch: Int = 4_096, chunk: Int = 1 << 20,
        write: (String) async throws -> Void
    ) async throws {
        var writer = makeWriter()
        var output = ChunkedOutput(chunk: chunk)
        if let full = output.add(writer.start()) { try await write(full) }
        try await store.forEachBatch(matching: filter, size: batch) { events in
            for event in events {
                if let full = output.add(writer.add(event)) { try await write(full) }
            }
        }
        if let full = output.add(writer.end()) { try await write(full) }
        if let rest = output.rest() { try await write(rest) }
    }

    private func makeWriter() -> any ExportWriter {
        switch self {
        case .xes: XESWriter()
        case .csv: EventCSVWriter()
        case .jsonl: JSONLinesWriter()
        }
    }
}

/// Writes events one at a time in an export format: what comes before them, each, what comes after.
protocol ExportWriter {
    mutating func start() -> String
    mutating func add(_ event: GuideEvent) -> String
    mutating func end() -> String
}
