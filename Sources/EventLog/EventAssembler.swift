import ProcedureModel

/// Turns chunks of rows into ``GuideEvent``s, one chunk after another, on the caller's side.
///
/// One ``GuideEvent`` is reused from row to row and only the parts that changed are set, so
/// each string is shared, never copied, and most rows touch no reference count.
struct EventAssembler {
    let reader: EventReader
    private var event = GuideEvent(session: "", procedure: "", procedureVersion: "", step: nil, kind: .sessionStarted, time: 0, channel: .kiosk, locale: "")
    // The ids behind the event's current parts; -1 until the first row sets them.
    private var session: Int64 = -1, context: Int64 = -1, happening: Int64 = -1

    init(_ reader: EventReader) { self.reader = reader }

    /// Calls `body` with the event of each row of `chunk`, in order.
    mutating func assemble(_ chunk: RowChunk, _ body: (GuideEvent) throws -> Void) throws {
        // Locals for the loop: a stored property passed to `body` could be copied at every row.
        var event = self.event
        var session = self.session
        var context = self.context
        var happening = self.happening
        defer { (self.event, self.session, self.context, self.happening) = (event, session, context, happening) }
        let contexts = reader.contexts
        let happenings = reader.happenings
        var keys = chunk.keys.makeIterator()
        var index = 0
        while index < chunk.rows.count {
            let sessionID = chunk.rows[index]
            if sessionID != session, let key = keys.next() {
                event.session = key
                session = sessionID
            }
            let contextID = chunk.rows[index + 2]
            if contextID != context {
                // Applied in place: copying the stored row out would retain each of its strings.
                guard contextID > 0, contextID < contexts.count, contexts[Int(contextID)].apply(to: &event) else {
                    throw reader.missing("context", contextID)
                }
                context = contextID
            }
            let happeningID = chunk.rows[index + 3]
            if happeningID != happening {
                guard happeningID > 0, happeningID < happenings.count, happenings[Int(happeningID)].apply(to: &event) else {
                    throw reader.missing("happening", happeningID)
                }
                happening = happeningID
            }
            event.time = chunk.rows[index + 1]
            try body(event)
            index += 4
        }
    }
}
