import ProcedureModel

/// What a session's first event says about the whole session: when it started, and who, which
/// procedure and where, the same for each of its events.
struct Opening {
    var time: Int64
    var procedure: String
    var version: String
    var channel: Channel
    var locale: String
    var site: String?
}
