import NIOCore
import ProcedureModel

/// Events as the rows of a `COPY event (…) FROM STDIN` in PostgreSQL's text format: fields separated
/// by tabs, rows by newlines, `\N` for none, and backslash, tab, newline and carriage return escaped.
enum EventCopyRows {
    /// The columns written, in order; `seq` is left to its sequence, so it counts arrival order.
    static let columns = [
        "time", "session_number", "session", "procedure", "procedure_version", "step", "kind", "channel", "site", "terminal", "locale", "value",
        "reason", "count", "context", "happening",
    ]

    /// `sessions` gives each event's session number (``SessionNumbers``), `codes` each event's ids, in
    /// order (``EventCodes``).
    static func write(
        _ events: some Collection<GuideEvent>, sessions: [String: Int64], codes: [(context: Int32, happening: Int32)],
        into buffer: inout ByteBuffer
    ) throws {
        for (event, code) in zip(events, codes) {
            guard let number = sessions[event.session] else {
                throw PostgresStoreError(place: "the session table", problem: .inconsistent("session \(event.session) has no number"))
            }
            buffer.writeString(String(event.time))
            buffer.writeInteger(UInt8(ascii: "\t"))
            buffer.writeString(String(number))
            field(event.session, into: &buffer)
            field(event.procedure, into: &buffer)
            field(event.procedureVersion, into: &buffer)
            field(event.step, into: &buffer)
            field(event.kind.rawValue, into: &buffer)
            field(event.channel.rawValue, into: &buffer)
            field(event.site, into: &buffer)
            field(event.terminal, into: &buffer)
            field(event.locale, into: &buffer)
            field(event.value, into: &buffer)
            field(event.reason, into: &buffer)
            field(event.count.map(String.init), into: &buffer)
            buffer.writeInteger(UInt8(ascii: "\t"))
            buffer.writeString(String(code.context))
            buffer.writeInteger(UInt8(ascii: "\t"))
            buffer.writeString(String(code.happening))
            buffer.writeInteger(UInt8(ascii: "\n"))
        }
    }

    private static func field(_ text: String?, into buffer: inout ByteBuffer) {
        buffer.writeInteger(UInt8(ascii: "\t"))
        guard let text else {
            buffer.writeStaticString("\\N")
            return
        }
        let utf8 = text.utf8
        // Most fields need no escape: written in one copy.
        if !utf8.contains(where: { $0 == UInt8(ascii: "\\") || $0 == 9 || $0 == 10 || $0 == 13 }) {
            buffer.writeString(text)
            return
        }
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "\\"): buffer.writeStaticString("\\\\")
            case 9: buffer.writeStaticString("\\t")
            case 10: buffer.writeStaticString("\\n")
            case 13: buffer.writeStaticString("\\r")
            default: buffer.writeInteger(byte)
            }
        }
    }
}
