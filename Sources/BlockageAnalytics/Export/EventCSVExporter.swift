public import EventLog
import ProcedureModel

/// Events as CSV, one a line, grouped by session in time order, for spreadsheets.
///
/// `session,procedure,procedure_version,step,kind,time,timestamp,channel,site,terminal,locale,value,reason,count`,
/// with `time` in ms since 1970 and `timestamp` in ISO 8601 (UTC).
public enum EventCSVExporter {
    public static func export(
        from store: any EventStore, filter: EventFilter, write: @escaping (String) throws -> Void
    ) async throws {
        var output = ChunkedOutput(write)
        try output.append(
            "session,procedure,procedure_version,step,kind,time,timestamp,channel,site,terminal,locale,value,reason,count\n")
        try await store.forEachEvent(matching: filter) { original in
            let event = ExportedEvent(original).event
            let fields = [
                event.session, event.procedure, event.procedureVersion, event.step ?? "", event.kind.rawValue,
                String(event.time), UTCCalendar.timestamp(event.time), event.channel.rawValue, event.site ?? "",
                event.terminal ?? "", event.locale, event.value ?? "", event.reason ?? "", event.count.map(String.init) ?? "",
            ]
            try output.append(fields.map(CSVLines.field).joined(separator: ",") + "\n")
        }
        try output.flush()
    }
}
