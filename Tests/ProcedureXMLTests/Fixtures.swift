import Foundation
import ProcedureModel
import ProcedureXML

/// A small valid procedure; tests change one line of it to make each fault.
let validProcedure = """
    <?xml version="1.0" encoding="UTF-8"?>
    <procedure xmlns="urn:ariane:procedure:1" id="css" version="2026-11" xml:lang="fr">
      <title>Demander la CSS</title>
      <source href="https://www.service-public.fr/particuliers/vosdroits/F10027" checked="2026-11-27"/>
      <start step="foyer"/>
      <step id="foyer" kind="question" answer="choice">
        <text>Combien de personnes vivent chez vous ?</text>
        <audio>Combien de personnes vivent <emphasis>chez vous</emphasis> ?<break time="300ms"/>Touchez le bon chiffre.</audio>
        <choice value="1"><text>1 personne</text><audio>Une personne.</audio></choice>
        <choice value="2+" next="fin"><text>2 personnes ou plus</text><audio>Deux personnes ou plus.</audio></choice>
        <next step="revenus" when="$foyer = '1'"/>
      </step>
      <step id="revenus" kind="question" answer="number" min="0" max="100000" unit="euros" sensitive="true">
        <text>Combien gagnez-vous par mois ?</text>
        <audio>Combien gagnez-vous par mois ?</audio>
        <next step="fin" when="$revenus &lt;= 850"/>
        <next step="fin"/>
      </step>
      <step id="fin" kind="outcome" result="eligible">
        <text>Vous pouvez demander la CSS.</text>
        <audio>Vous pouvez demander la <sub alias="complémentaire santé solidaire">CSS</sub>.</audio>
      </step>
      <scenario name="seul"><answer step="foyer" value="1"/><answer step="revenus" value="700"/><expect outcome="fin"/></scenario>
    </procedure>
    """

/// `validProcedure` with the first occurrence of `target` replaced.
func procedure(replacing target: String, with replacement: String) -> String {
    guard let range = validProcedure.range(of: target) else { fatalError("fixture has no '\(target)'") }
    return validProcedure.replacingCharacters(in: range, with: replacement)
}

/// The diagnostics a load reports, as an author reads them.
func diagnostics(of xml: String, file: String = "t.xml") throws -> [String] {
    try diagnostics(ofBytes: Array(xml.utf8), file: file)
}

func diagnostics(ofBytes bytes: [UInt8], file: String = "t.xml") throws -> [String] {
    let loader = try ProcedureLoader()
    do {
        _ = try loader.load(xml: bytes, file: file)
        return []
    } catch {
        return error.diagnostics.map(\.description)
    }
}

/// A fresh folder under the system's temporary directory.
func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("ariane-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
