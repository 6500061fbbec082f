import ProcedureModel

/// Events as JSON Lines, one object a line with the keys of `ariane run --events`, so that an export
/// reads back as ``GuideEvent``s.
struct JSONLinesWriter: ExportWriter {
    func start() -> String { "" }

    func add(_ event: GuideEvent) -> String { Self.line(ExportedEvent(event).event) }

    func end() -> String { "" }

    /// Keys sorted, absent values left out, as `JSONEncoder` with `.sortedKeys` writes them.
    static func line(_ event: GuideEvent) -> String {
        var fields = ["\"channel\":\(quoted(event.channel.rawValue))"]
        if let count = event.count { fields.append("\"count\":\(count)") }
        fields.append("\"kind\":\(quoted(event.kind.rawValue))")
        fields.append("\"locale\":\(quoted(event.locale))")
        fields.append("\"procedure\":\(quoted(event.procedure))")
        fields.append("\"procedureVersion\":\(quoted(event.procedureVersion))")
        if let reason = event.reason { fields.append("\"reason\":\(quoted(reason))") }
        fields.append("\"session\":\(quoted(event.session))")
        if let site = event.site { fields.append("\"site\":\(quoted(site))") }
        if let step = event.step { fields.append("\"step\":\(quoted(step))") }
        if let terminal = event.terminal { fields.append("\"terminal\":\(quoted(terminal))") }
        fields.append("\"time\":\(event.time)")
        if let value = event.value { fields.append("\"value\":\(quoted(value))") }
        return "{" + fields.joined(separator: ",") + "}\n"
    }

    /// A JSON string literal.
    static func quoted(_ text: String) -> String {
        text.jsonQuoted
    }
}
