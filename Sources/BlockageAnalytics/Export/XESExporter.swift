import ProcedureModel

/// Events as an IEEE 1849 XES log that process-mining tools (ProM, PM4Py, Disco, bupaR) open as is.
///
/// One `<trace>` per session (`concept:name` = the session id), one `<event>` per event:
/// `concept:name` is the step (so a map of the log is the map of the paths), `lifecycle:transition`
/// says what happened to it (`start` when entered, `complete` when answered or reached as outcome,
/// `ate_abort` when left by going back, `pi_abort` when abandoned or timed out, `resume`,
/// `schedule` for the session's start, `unknown` for help, audio, re-prompts and notes), and the
/// event kind is in `ariane.kind`. Filter on `lifecycle:transition = start` for the pure path.
struct XESWriter: ExportWriter {
    private var trace = TraceState()

    func start() -> String { Self.header }

    mutating func add(_ original: GuideEvent) -> String {
        var xml = ""
        if original.session != trace.session {
            if trace.session != nil { xml += "  </trace>\n" }
            trace = TraceState(session: original.session)
            xml += Self.traceOpening(original)
        }
        return xml + Self.element(ExportedEvent(original).event, instance: trace.instance(of: original))
    }

    func end() -> String {
        (trace.session != nil ? "  </trace>\n" : "") + "</log>\n"
    }

    static let header = """
        <?xml version="1.0" encoding="UTF-8"?>
        <log xes.version="1849.2016" xes.features="" xmlns="http://www.xes-standard.org/">
          <extension name="Concept" prefix="concept" uri="http://www.xes-standard.org/concept.xesext"/>
          <extension name="Lifecycle" prefix="lifecycle" uri="http://www.xes-standard.org/lifecycle.xesext"/>
          <extension name="Time" prefix="time" uri="http://www.xes-standard.org/time.xesext"/>
          <extension name="Organizational" prefix="org" uri="http://www.xes-standard.org/org.xesext"/>
          <global scope="trace">
            <string key="concept:name" value="__INVALID__"/>
          </global>
          <global scope="event">
            <string key="concept:name" value="__INVALID__"/>
            <string key="concept:instance" value="__INVALID__"/>
            <string key="lifecycle:transition" value="unknown"/>
            <date key="time:timestamp" value="1970-01-01T00:00:00.000+00:00"/>
            <string key="ariane.kind" value="__INVALID__"/>
          </global>
          <classifier name="Step" keys="concept:name"/>
          <classifier name="Step and transition" keys="concept:name lifecycle:transition"/>
          <classifier name="Step and event" keys="concept:name ariane.kind"/>
          <string key="concept:name" value="Ariane blockage log"/>
          <string key="lifecycle:model" value="standard"/>

        """

    static func traceOpening(_ event: GuideEvent) -> String {
        "  <trace>\n" + attribute("string", "concept:name", event.session, indent: 4)
            + attribute("string", "ariane.procedure", event.procedure, indent: 4)
            + attribute("string", "ariane.version", event.procedureVersion, indent: 4)
            + attribute("string", "ariane.channel", event.channel.rawValue, indent: 4)
            + attribute("string", "ariane.locale", event.locale, indent: 4)
    }

    static func element(_ event: GuideEvent, instance: Int) -> String {
        var xml = "    <event>\n"
        xml += attribute("string", "concept:name", event.step ?? event.kind.rawValue)
        xml += attribute("string", "concept:instance", String(instance))
        xml += attribute("string", "lifecycle:transition", transition(event.kind))
        xml += attribute("date", "time:timestamp", UTCCalendar.timestamp(event.time, zone: "+00:00"))
        xml += attribute("string", "ariane.kind", event.kind.rawValue)
        if let site = event.site { xml += attribute("string", "org:group", site) }
        if let terminal = event.terminal { xml += attribute("string", "org:resource", terminal) }
        if let value = event.value { xml += attribute("string", "ariane.step", value) }
        if let reason = event.reason { xml += attribute("string", "ariane.reason", reason) }
        if let count = event.count { xml += attribute("int", "ariane.count", String(count)) }
        return xml + "    </event>\n"
    }

    static func transition(_ kind: GuideEvent.Kind) -> String {
        switch kind {
        case .sessionStarted: "schedule"
        case .stepEntered: "start"
        case .answered, .completed: "complete"
        case .back: "ate_abort"
        case .abandoned, .timedOut: "pi_abort"
        case .resumed: "resume"
        default: "unknown"
        }
    }

    private static func attribute(_ type: String, _ key: String, _ value: String, indent: Int = 6) -> String {
        String(repeating: " ", count: indent) + "<\(type) key=\"\(key)\" value=\"\(XMLText.attribute(value))\"/>\n"
    }
}

/// Which session's trace is open, and how many times it has entered each step so far.
private struct TraceState {
    var session: String?
    var entries: [String: Int] = [:]

    /// `concept:instance`: the entry of the step this event belongs to (1 for the first).
    mutating func instance(of event: GuideEvent) -> Int {
        let step = event.step ?? event.kind.rawValue
        if event.kind == .stepEntered {
            entries[step, default: 0] += 1
        }
        return max(1, entries[step] ?? 0)
    }
}
