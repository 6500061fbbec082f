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

    /// Writes the events `walk` reads, in large pieces, through `write`.
    public func export(walking walk: EventWalk, write: @escaping (String) throws -> Void) throws {
        var writer = makeWriter()
        var output = ChunkedOutput(write)
        try output.append(writer.start())
        try walk { try output.append(writer.add($0)) }
        try output.append(writer.end())
        try output.flush()
    }

    /// Writes the events of `store` matching `filter`, in large pieces, through `write`.
    public func export(from store: any EventStore, filter: EventFilter, write: @escaping (String) throws -> Void) async throws {
        var writer = makeWriter()
        var output = ChunkedOutput(write)
        try output.append(writer.start())
        try await store.forEachEvent(matching: filter) { try output.append(writer.add($0)) }
        try output.append(writer.end())
        try output.flush()
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
