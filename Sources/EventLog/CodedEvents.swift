public import ProcedureModel

/// A chunk of events as the SQLite log keeps them: ids into the tables of contexts and happenings,
/// for a fold over millions of events that compares ids where ``GuideEvent``s would compare strings
/// and count references to them (see ``SQLiteEventStore/foldCoded(matching:parts:start:add:)``).
public struct CodedEvents: Sendable {
    /// Four integers an event, `session, time, context, happening`, in the order of
    /// ``EventStore/forEachEvent(matching:_:)``. `session` tells sessions apart within one read and
    /// means nothing else; every `context` and `happening` is the index of a row that exists in
    /// ``contexts`` and ``happenings``.
    public let rows: [Int64]
    /// Indexed by id: where the events of a session happened.
    public let contexts: [StoredContext]
    /// Indexed by id: what an event says happened.
    public let happenings: [StoredHappening]

    /// How many events.
    public var count: Int { rows.count / 4 }

    /// The rows of `chunk`, once each id is checked against the tables of `reader`.
    init(_ chunk: RowChunk, _ reader: EventReader) throws {
        try self.init(rows: chunk.rows, contexts: reader.contexts, happenings: reader.happenings, missing: reader.missing)
    }

    /// `rows` (four integers an event, as ``rows``) once each id is checked against `contexts` and
    /// `happenings`; `missing` makes the error for an id no row has (the table's name, the id).
    public init(
        rows: [Int64], contexts: [StoredContext], happenings: [StoredHappening], missing: (String, Int64) -> any Error
    ) throws {
        var index = 0
        while index < rows.count {
            let context = rows[index + 2]
            let happening = rows[index + 3]
            guard context > 0, context < contexts.count, contexts[Int(context)].exists else {
                throw missing("context", context)
            }
            guard happening > 0, happening < happenings.count, happenings[Int(happening)].exists else {
                throw missing("happening", happening)
            }
            index += 4
        }
        self.rows = rows
        self.contexts = contexts
        self.happenings = happenings
    }
}

/// A store that can hand a fold its events as ids (``CodedEvents``): the blockage report reads it so.
public protocol CodedEventSource: EventStore {
    /// `parts` runs of sessions read at once, in session order, each chunk of events handed to `add`
    /// as ids; the parts come back in session order.
    func foldCoded<Part: Sendable>(
        matching filter: EventFilter, parts: Int, start: @escaping @Sendable () -> Part,
        add: @escaping @Sendable (inout Part, CodedEvents) -> Void
    ) async throws -> [Part]
}
