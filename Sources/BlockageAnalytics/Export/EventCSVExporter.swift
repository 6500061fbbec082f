import ProcedureModel

/// Events as CSV, one a line, grouped by session in time order, for spreadsheets.
///
/// `session,procedure,procedure_version,step,kind,time,timestamp,channel,site,terminal,locale,value,reason,count`,
/// with `time` in ms since 1970 and `timestamp` in ISO 8601 (UTC).
struct EventCSVWriter: ExportWriter {
    func start() -> String {
        "session,procedure,procedure_version,step,kind,time,timestamp,channel,site,terminal,locale,value,reason,count\n"
    }

    func add(_ original: GuideEvent) -> String {
        let event = ExportedEvent(original).event
        let fields = [
            event.session, event.procedure, event.procedureVersion, event.step ?? "", event.kind.rawValue,
            String(event.time), UTCCalendar.timestamp(event.time), event.channel.rawValue, event.site ?? "",
            event.terminal ?? "", event.locale, event.value ?? "", event.reason ?? "", event.count.map(String.init) ?? "",
        ]
        return fields.map(CSVLines.field).joined(separator: ",") + "\n"
    }

    func end() -> String { "" }
}
