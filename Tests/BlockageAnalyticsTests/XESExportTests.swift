import BlockageAnalytics
import EventLog
import Foundation
import ProcedureModel
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The XES export, parsed back as XML and checked element by element.
@Suite struct XESExportTests {
    static func document() async throws -> XMLDocument {
        try XMLDocument(xmlString: try await ExportLog.export(.xes))
    }

    /// An XML attribute's value. (`attribute(forName:)` finds nothing in swift-corelibs-foundation
    /// when the document has a default namespace, as XES does.)
    static func value(_ element: XMLElement, _ name: String) -> String? {
        element.attributes?.first { $0.name == name }?.stringValue
    }

    /// `key=value` for every attribute element under `node`, in order.
    static func attributes(_ node: XMLNode) -> [String] {
        (node.children ?? []).compactMap { child in
            guard let element = child as? XMLElement, element.name != "event",
                let key = Self.value(element, "key"),
                let value = Self.value(element, "value")
            else { return nil }
            return "\(element.name ?? "?") \(key)=\(value)"
        }
    }

    @Test func theLogDeclaresVersionExtensionsGlobalsAndClassifiers() async throws {
        let log = try #require(try await Self.document().rootElement())
        #expect(log.name == "log")
        #expect(Self.value(log, "xes.version") == "1849.2016")
        let extensions = log.elements(forName: "extension").map {
            [Self.value($0, "name"), Self.value($0, "prefix"), Self.value($0, "uri")]
        }
        #expect(
            extensions == [
                ["Concept", "concept", "http://www.xes-standard.org/concept.xesext"],
                ["Lifecycle", "lifecycle", "http://www.xes-standard.org/lifecycle.xesext"],
                ["Time", "time", "http://www.xes-standard.org/time.xesext"],
                ["Organizational", "org", "http://www.xes-standard.org/org.xesext"],
            ])
        let globals = log.elements(forName: "global")
        #expect(globals.map { Self.value($0, "scope") } == ["trace", "event"])
        #expect(
            Self.attributes(globals[1]).map { $0.split(separator: "=")[0] } == [
                "string concept:name", "string concept:instance", "string lifecycle:transition", "date time:timestamp",
                "string ariane.kind",
            ])
        #expect(
            log.elements(forName: "classifier").map { Self.value($0, "keys") } == [
                "concept:name", "concept:name lifecycle:transition", "concept:name ariane.kind",
            ])
        #expect(Self.attributes(log) == ["string concept:name=Ariane blockage log", "string lifecycle:model=standard"])
    }

    @Test func oneTracePerSessionAndOneEventPerEvent() async throws {
        let log = try #require(try await Self.document().rootElement())
        let traces = log.elements(forName: "trace")
        #expect(traces.count == 2)
        #expect(
            Self.attributes(traces[0]) == [
                "string concept:name=s-1", "string ariane.procedure=aide", "string ariane.version=1",
                "string ariane.channel=kiosk", "string ariane.locale=fr",
            ])
        #expect(Self.attributes(traces[1])[3...] == ["string ariane.channel=assisted", "string ariane.locale=ar"])
        let first = traces[0].elements(forName: "event")
        #expect(first.count == ExportLog.events.filter { $0.session == "s-1" }.count)
        #expect(traces[1].elements(forName: "event").count == ExportLog.events.filter { $0.session == "s-2" }.count)
        let steps = first.map { Self.attributes($0)[0] + " " + Self.attributes($0)[2] }
        #expect(
            steps == [
                "string concept:name=foyer string lifecycle:transition=schedule",
                "string concept:name=foyer string lifecycle:transition=start",
                "string concept:name=foyer string lifecycle:transition=unknown",
                "string concept:name=foyer string lifecycle:transition=complete",
                "string concept:name=revenus string lifecycle:transition=start",
                "string concept:name=revenus string lifecycle:transition=ate_abort",
                "string concept:name=foyer string lifecycle:transition=start",
                "string concept:name=foyer string lifecycle:transition=complete",
                "string concept:name=revenus string lifecycle:transition=start",
                "string concept:name=revenus string lifecycle:transition=complete",
                "string concept:name=ok string lifecycle:transition=start",
                "string concept:name=ok string lifecycle:transition=complete",
            ])
    }

    @Test func eventsCarryTimeInstanceOrganisationAndNothingTyped() async throws {
        let log = try #require(try await Self.document().rootElement())
        let traces = log.elements(forName: "trace")
        let first = traces[0].elements(forName: "event")
        // The second entry of foyer, after going back: instance 2, 10 s after the start.
        #expect(
            Self.attributes(first[6]) == [
                "string concept:name=foyer", "string concept:instance=2", "string lifecycle:transition=start",
                "date time:timestamp=2026-11-02T09:00:10.000+00:00", "string ariane.kind=step-entered",
                "string org:group=nord", "string org:resource=borne-1",
            ])
        #expect(Self.attributes(first[5]).contains("string ariane.step=foyer"))
        #expect(Self.attributes(first[5]).contains("int ariane.count=1"))
        #expect(Self.attributes(first[11]).suffix(2) == ["string ariane.step=ok", "string ariane.reason=eligible"])
        let second = traces[1].elements(forName: "event")
        #expect(Self.attributes(second[2]).suffix(2) == ["string org:resource=borne-1", "string ariane.reason=other"])
        #expect(Self.attributes(second[3]).last == "string ariane.reason=not-a-number")
        #expect(Self.attributes(second[4])[2] == "string lifecycle:transition=pi_abort")
        let xml = try await ExportLog.export(.xes)
        #expect(!xml.contains(ExportLog.secretAnswer))
        #expect(!xml.contains("Dupont"))
    }

    @Test func attributeValuesAreEscaped() async throws {
        var walk = Walk("a<&\"'>\tb", at: monday, start: "é\r\nè")
        walk.end(after: 1)
        var xml = ""
        try await ExportFormat.xes.export(from: MemoryEventStore(walk.events), filter: .all) { xml += $0 }
        #expect(xml.contains("<string key=\"concept:name\" value=\"a&lt;&amp;&quot;&apos;&gt;&#9;b\"/>"))
        let trace = try #require(try XMLDocument(xmlString: xml).rootElement()?.elements(forName: "trace").first)
        #expect(Self.attributes(trace)[0] == "string concept:name=a<&\"'>\tb")
        #expect(Self.attributes(trace.elements(forName: "event")[0])[0] == "string concept:name=é\r\nè")
    }
}
