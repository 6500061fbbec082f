import GuideEngine
import ProcedureModel
import ProcedureXML
import Testing

/// Procedures as authors write them: loaded by ProcedureXML, conditions evaluated by libxml2.
@Suite("Procedures loaded from XML")
struct XMLProcedureTests {
    static let xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <procedure xmlns="urn:ariane:procedure:1" id="css" version="2026-11" xml:lang="fr">
          <title>Demander la CSS</title>
          <source href="https://www.service-public.fr/particuliers/vosdroits/F10027" checked="2026-11-27"/>
          <start step="foyer"/>
          <step id="foyer" kind="question">
            <text>Combien de personnes vivent chez vous ?</text>
            <audio>Combien de personnes vivent chez vous ?</audio>
            <choice value="1" next="revenus"><text>1 personne</text><audio>Une personne.</audio></choice>
            <choice value="2+" next="revenus"><text>2 personnes ou plus</text><audio>Deux personnes ou plus.</audio></choice>
          </step>
          <step id="revenus" kind="question" answer="number" min="0" max="100000" unit="euros" sensitive="true">
            <text>Combien gagnez-vous par mois ?</text>
            <audio>Combien gagnez-vous par mois ?</audio>
            <next step="documents" when="$foyer = '1' and $revenus &lt;= 850"/>
            <next step="orienter"/>
          </step>
          <step id="documents" kind="checklist">
            <text>Préparez ces papiers.</text>
            <audio>Préparez ces papiers.</audio>
            <document ref="avis-imposition"/>
            <next step="fin"/>
          </step>
          <step id="fin" kind="outcome" result="eligible">
            <text>Vous pouvez demander la CSS.</text>
            <audio>Vous pouvez demander la CSS.</audio>
            <document ref="formulaire-css"/>
          </step>
          <step id="orienter" kind="outcome" result="refer">
            <text>Une personne doit regarder votre situation.</text>
            <audio>Une personne doit regarder votre situation.</audio>
          </step>
          <scenario name="seul, petits revenus">
            <answer step="foyer" value="1"/><answer step="revenus" value="850"/>
            <expect outcome="fin"><document ref="avis-imposition"/></expect>
          </scenario>
          <scenario name="seul, revenus au-dessus">
            <answer step="foyer" value="1"/><answer step="revenus" value="850,5"/>
            <expect outcome="orienter"/>
          </scenario>
          <scenario name="famille">
            <answer step="foyer" value="2+"/><answer step="revenus" value="1 200"/>
            <expect outcome="fin"/>
          </scenario>
        </procedure>
        """

    static func load() throws -> (Procedure, XPathConditions) {
        let procedure = try ProcedureLoader().loadProcedure(xml: xml, file: "css.xml")
        return (procedure, try XPathConditions(procedure: procedure))
    }

    @Test(
        "a condition over two answers routes by the number typed, at the threshold and just above",
        arguments: [
            ("850", ["foyer", "revenus", "documents", "fin"]), ("0", ["foyer", "revenus", "documents", "fin"]),
            ("850,5", ["foyer", "revenus", "orienter"]),
        ])
    func thresholdRouting(typed: String, path: [String]) throws {
        let (procedure, conditions) = try Self.load()
        var session = Session(procedure: procedure, context: Fixture.context, conditions: conditions)
        for input in [Input.start, .answer("1"), .answer(typed)] {
            _ = session.handle(input, at: 1)
        }
        if session.saved.state == .atStep("documents") { _ = session.handle(.proceed, at: 2) }
        #expect(session.path == path)
        #expect(session.saved.state == .finished(outcomeStep: path[path.count - 1]))
    }

    @Test("the procedure's own scenarios run as `ariane test` runs them")
    func scenarios() throws {
        let (procedure, conditions) = try Self.load()
        let results = procedure.scenarios.map { ScenarioRunner.run($0, in: procedure, conditions: conditions) }
        #expect(results.map(\.failure) == [nil, nil, "ended at 'orienter' but expected 'fin'"])
        #expect(results[0].checklist == ["avis-imposition", "formulaire-css"])
        #expect(results[1].reachedOutcome == "orienter")
    }

    @Test("the outcome of an XML procedure finishes with its result and its spoken text")
    func finishEffects() throws {
        let (procedure, conditions) = try Self.load()
        var session = Session(procedure: procedure, context: Fixture.context, conditions: conditions)
        _ = session.handle(.start, at: 1)
        _ = session.handle(.answer("2+"), at: 2)
        let effects = session.handle(.answer("2000"), at: 3)
        #expect(effects.events.map(\.kind) == [.answered, .stepEntered, .completed])
        #expect(effects.actions.count == 3)
        #expect(effects.actions.last == .finish(outcomeStep: "orienter", result: .refer, checklist: []))
        if case .play(let audio)? = effects.actions.dropFirst().first {
            #expect(audio.spokenText == "Une personne doit regarder votre situation.")
        } else {
            Issue.record("the outcome was not spoken: \(effects.actions)")
        }
    }
}
