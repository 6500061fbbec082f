import GRDB
public import ProcedureModel

extension SQLiteEventStore: CodedEventSource {
    /// Reads `parts` runs of sessions at once, each from its own snapshot (its own connection) and
    /// folded in its own task: decoding rows, most of a report's time, then uses every core.
    ///
    /// The runs split the range of session ids into equal parts. Every snapshot must see the same
    /// log: when an append or a purge lands between two of them, the whole log is read as one run.
    public func fold<Part: Sendable>(
        matching filter: EventFilter, parts: Int, start: @escaping @Sendable () -> Part,
        add: @escaping @Sendable (inout Part, GuideEvent) -> Void
    ) async throws -> [Part] {
        try await foldChunks(matching: filter, parts: parts, keys: true, start: start) { part, chunk, assembler in
            try assembler.assemble(chunk) { add(&part, $0) }
        }
    }

    /// The same runs and parts, each chunk of events handed to `add` as ids (``CodedEvents``): no
    /// ``GuideEvent`` is built and no session key read, for a fold that compares ids rather than
    /// strings (the blockage report).
    public func foldCoded<Part: Sendable>(
        matching filter: EventFilter, parts: Int, start: @escaping @Sendable () -> Part,
        add: @escaping @Sendable (inout Part, CodedEvents) -> Void
    ) async throws -> [Part] {
        try await foldChunks(matching: filter, parts: parts, keys: false, start: start) { part, chunk, assembler in
            add(&part, try CodedEvents(chunk, assembler.reader))
        }
    }

    private func foldChunks<Part: Sendable>(
        matching filter: EventFilter, parts: Int, keys: Bool, start: @escaping @Sendable () -> Part,
        add: @escaping @Sendable (inout Part, RowChunk, inout EventAssembler) throws -> Void
    ) async throws -> [Part] {
        let path = path
        do {
            let runs = try snapshots(splitting: parts)
            return try await withThrowingTaskGroup(of: (Int, Part).self) { group in
                for (index, (snapshot, run)) in runs.enumerated() {
                    group.addTask {
                        var part = start()
                        try await EventPipeline.forEachChunk(in: snapshot, path: path, matching: filter, sessions: run, keys: keys) {
                            chunk, assembler in try add(&part, chunk, &assembler)
                        }
                        return (index, part)
                    }
                }
                var folded: [(Int, Part)] = []
                for try await part in group { folded.append(part) }
                return folded.sorted { $0.0 < $1.0 }.map(\.1)
            }
        } catch {
            throw StoreFile.storeError(error, path: path)
        }
    }

    /// A snapshot for each run of sessions, in session order: `parts` runs of about as many session
    /// ids, or one run of every session when the log is small or changed while they were taken.
    private func snapshots(splitting parts: Int) throws -> [(DatabaseSnapshot, SessionRun)] {
        let first = try pool.makeSnapshot()
        let (state, low, high) = try first.read { db in
            // Two queries: SQLite finds a lone min() or max() of the key in one seek, both at once by a scan.
            (
                try Self.appendState(db), try Int64.fetchOne(db, sql: "SELECT min(session) FROM event"),
                try Int64.fetchOne(db, sql: "SELECT max(session) FROM event")
            )
        }
        guard parts > 1, let low, let high, high - low >= Int64(parts) else { return [(first, .all)] }
        var runs = [(first, SessionRun())]
        for part in 1..<parts {
            let snapshot = try pool.makeSnapshot()
            guard try snapshot.read(Self.appendState) == state else { return [(first, .all)] }
            // Sessions up to `boundary` in the runs before, those after it in this one.
            let boundary = low - 1 + (high - low + 1) * Int64(part) / Int64(parts)
            runs[runs.count - 1].1.last = boundary
            runs.append((snapshot, SessionRun(after: RowPosition(session: boundary))))
        }
        return runs
    }

    /// The counters every append (`seq`) and every purge (`generation`) moves: two snapshots with the
    /// same counters see the same events.
    private static func appendState(_ db: Database) throws -> String? {
        try String.fetchOne(db, sql: "SELECT group_concat(name || '=' || value) FROM (SELECT name, value FROM counter ORDER BY name)")
    }
}
