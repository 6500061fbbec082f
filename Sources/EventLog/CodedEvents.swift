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
        let contexts = reader.contexts
        let happenings = reader.happenings
        var index = 0
        while index < chunk.rows.count {
            let context = chunk.rows[index + 2]
            let happening = chunk.rows[index + 3]
            guard context > 0, context < contexts.count, contexts[Int(context)].exists else {
                throw reader.missing("context", context)
            }
            guard happening > 0, happening < happenings.count, happenings[Int(happening)].exists else {
                throw reader.missing("happening", happening)
            }
            index += 4
        }
        rows = chunk.rows
        self.contexts = contexts
        self.happenings = happenings
    }
}
