public import Foundation

/// A small procedure with every kind of step, and its two directories: shared by the CLI and server tests.
public let fixtureProcedure = """
    <?xml version="1.0" encoding="UTF-8"?>
    <procedure xmlns="urn:ariane:procedure:1" id="essai" version="1" xml:lang="fr">
      <title>Démarche d'essai</title>
      <summary>Pour tester l'outil.</summary>
      <source href="https://www.service-public.fr/" checked="2026-11-27"/>
      <start step="foyer"/>
      <step id="foyer" kind="question">
        <text>Combien de personnes vivent chez vous ?</text>
        <audio>Combien de personnes vivent chez vous ?</audio>
        <help>Comptez-vous aussi.</help>
        <choice value="1"><text>1 personne</text><audio>Une personne.</audio></choice>
        <choice value="2+" next="refus"><text>2 personnes ou plus</text><audio>Deux ou plus.</audio></choice>
        <helpPoint ref="accueil"/>
        <next step="revenus"/>
      </step>
      <step id="revenus" kind="question" answer="number" min="0" max="10000" unit="euros" sensitive="true">
        <text>Combien gagnez-vous par mois ?</text>
        <audio>Combien gagnez-vous par mois ?</audio>
        <next step="papiers" when="$revenus &lt;= 900"/>
        <next step="refus"/>
      </step>
      <step id="papiers" kind="checklist">
        <text>Préparez ce papier.</text>
        <audio>Préparez ce papier.</audio>
        <document ref="identite"/>
        <next step="ok"/>
      </step>
      <step id="ok" kind="outcome" result="eligible">
        <text>Vous pouvez demander l'aide.</text>
        <audio>Vous pouvez demander l'aide.</audio>
        <helpPoint ref="accueil"/>
      </step>
      <step id="refus" kind="outcome" result="not-eligible">
        <text>Cette aide n'est pas pour vous.</text>
        <audio>Cette aide n'est pas pour vous.</audio>
      </step>
      <scenario name="seul, petits revenus">
        <answer step="foyer" value="1"/><answer step="revenus" value="700"/>
        <expect outcome="ok"><document ref="identite"/></expect>
      </scenario>
      <scenario name="famille">
        <answer step="foyer" value="2+"/>
        <expect outcome="refus"/>
      </scenario>
    </procedure>
    """

public let fixtureDocuments = """
    <documents xmlns="urn:ariane:procedure:1">
      <document id="identite">
        <text>Une pièce d'identité</text>
        <audio>Une pièce d'identité.</audio>
      </document>
    </documents>
    """

public let fixtureHelpPoints = """
    <helpPoints xmlns="urn:ariane:procedure:1">
      <helpPoint id="accueil" example="true">
        <name>Accueil de la mairie</name>
        <text>Une personne vous aide.</text>
        <audio>Une personne vous aide.</audio>
      </helpPoint>
    </helpPoints>
    """

public func fixtureFolder(procedure: String = fixtureProcedure) throws -> URL {
    try procedureFolder(["essai.xml": procedure, "documents.xml": fixtureDocuments, "help-points.xml": fixtureHelpPoints])
}

/// A temporary folder laid out like `procedures/`, with the given files.
public func procedureFolder(_ files: [String: String]) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ariane-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for (name, content) in files {
        try content.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    return folder
}
