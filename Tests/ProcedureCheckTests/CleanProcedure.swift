import ProcedureCheck
import ProcedureModel
import ProcedureXML

/// A small procedure with nothing to report; tests change a few of its lines to make one problem.
///
/// Lines as an author sees them: steps 'foyer' (5), 'revenus' (10), 'fin' (15), 'refus' (18);
/// scenarios from line 21.
let cleanXML = #"""
    <procedure xmlns="urn:ariane:procedure:1" id="t" version="1" xml:lang="fr">
      <title>Test</title>
      <source href="https://www.service-public.fr/" checked="2026-11-01"/>
      <start step="foyer"/>
      <step id="foyer" kind="question">
        <text>Combien êtes-vous ?</text><audio>Combien êtes-vous ?</audio>
        <choice value="1" next="revenus"><text>Seul</text><audio>Seul.</audio></choice>
        <choice value="2+" next="revenus"><text>Plusieurs</text><audio>Plusieurs.</audio></choice>
      </step>
      <step id="revenus" kind="question" answer="number" min="0">
        <text>Vos revenus ?</text><audio>Vos revenus ?</audio>
        <next step="fin" when="$foyer = '1' and $revenus &lt;= 850"/>
        <next step="refus"/>
      </step>
      <step id="fin" kind="outcome" result="eligible">
        <text>Vous avez droit.</text><audio>Vous avez droit.</audio>
      </step>
      <step id="refus" kind="outcome" result="not-eligible">
        <text>Pas de droit.</text><audio>Pas de droit.</audio>
      </step>
      <scenario name="seul">
        <answer step="foyer" value="1"/><answer step="revenus" value="700"/>
        <expect outcome="fin"/>
      </scenario>
      <scenario name="plusieurs">
        <answer step="foyer" value="2+"/>
        <expect outcome="refus"/>
      </scenario>
    </procedure>
    """#

/// The clean file with lines replaced, each by one line so the numbers above stay true, and steps
/// added after 'refus' (from line 21 on, pushing the scenarios down).
func cleanXML(replacing lines: [Int: String] = [:], addingSteps added: String? = nil) -> String {
    var all = cleanXML.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    for (number, line) in lines {
        all[number - 1] = line
    }
    if let added {
        all.insert(added, at: 20)
    }
    return all.joined(separator: "\n")
}

/// What `ariane check` would print for a procedure file holding `xml`, as `t.xml`.
func check(xml: String, documents: [Document] = [], helpPoints: [HelpPoint] = []) throws -> [String] {
    let procedure = try ProcedureLoader().loadProcedure(xml: xml, file: "t.xml")
    return ProcedureChecker.check(
        procedure,
        documents: Dictionary(documents.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }),
        helpPoints: Dictionary(helpPoints.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    ).map(\.description)
}

/// One information step on one line (its `<step>` at column 3), going to each of `targets` in turn.
func information(_ id: String, next targets: String...) -> String {
    let next = targets.map { #"<next step="\#($0)"/>"# }.joined()
    return #"  <step id="\#(id)" kind="information"><text>\#(id)</text><audio>\#(id)</audio>\#(next)</step>"#
}

/// One choice question on one line, each choice going where `choices` says.
func question(_ id: String, choices: KeyValuePairs<String, String>) -> String {
    let buttons = choices.map { value, next in
        #"<choice value="\#(value)" next="\#(next)"><text>\#(value)</text><audio>\#(value)</audio></choice>"#
    }
    return #"  <step id="\#(id)" kind="question"><text>\#(id)</text><audio>\#(id)</audio>\#(buttons.joined())</step>"#
}

/// The clean file with its second choice (line 8) sent to `target`, and `steps` added from line 21.
func cleanXML(sendingSecondChoiceTo target: String, adding steps: String...) -> String {
    cleanXML(
        replacing: [8: #"    <choice value="2+" next="\#(target)"><text>Plusieurs</text><audio>Plusieurs.</audio></choice>"#],
        addingSteps: steps.joined(separator: "\n"))
}
