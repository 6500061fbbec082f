import Foundation
import ProcedureCheck
import ProcedureModel
import ProcedureXML
import Testing

/// `ariane check` on `<estimate>`: known variables, and answers that exist, fit and come first.
@Suite struct EstimateCheckTests {
    /// A procedure whose estimate (lines 9 to 17) gets one thing right and every other thing wrong.
    static let procedure = """
        <?xml version="1.0" encoding="UTF-8"?>
        <procedure xmlns="urn:ariane:procedure:1" id="t" version="1" xml:lang="fr">
          <title>T</title>
          <source href="https://www.service-public.fr/" checked="2026-12-01">S</source>
          <start step="age"/>
          <step id="age" kind="question" answer="number" min="0" max="120"><text>Quel âge avez-vous ?</text><audio>Quel âge ?</audio><next step="statut"/></step>
          <step id="statut" kind="question"><text>Logement ?</text><audio>Logement ?</audio><choice value="locataire" next="verifier"><text>L</text><audio>L</audio></choice><choice value="sans-loyer" next="verifier"><text>S</text><audio>S</audio></choice></step>
          <step id="verifier" kind="question"><text>Que faire ?</text><audio>Que faire ?</audio><choice value="demander" next="apres"><text>D</text><audio>D</audio></choice><choice value="personne" next="fin"><text>P</text><audio>P</audio></choice>
            <estimate>
              <benefit variable="rsa"/>
              <benefit variable="rsa_inconnu"/>
              <use answer="age" for="age"/>
              <use answer="statut" for="logement"/>
              <use answer="apres" for="en-couple"/>
              <use answer="fin" for="enfants"/>
              <use answer="nulle-part" for="loyer"/>
            </estimate>
          </step>
          <step id="apres" kind="question" answer="yesno"><text>Q ?</text><audio>Q ?</audio><choice value="oui" next="fin"><text>Oui</text><audio>Oui</audio></choice><choice value="non" next="fin"><text>Non</text><audio>Non</audio></choice></step>
          <step id="fin" kind="outcome" result="refer"><text>Fin.</text><audio>Fin.</audio></step>
        </procedure>
        """

    static func estimateDiagnostics(_ xml: String, variables: Set<String>?) throws -> [String] {
        let procedure = try ProcedureLoader().loadProcedure(xml: xml, file: "t.xml")
        return ProcedureChecker.check(procedure, documents: [:], helpPoints: [:], openFiscaVariables: variables)
            .map(\.description)
            .filter { $0.contains("[estimate-") || $0.contains("[unknown-openfisca-variable]") }
    }

    @Test func everyWrongMappingIsReportedAtItsAttribute() throws {
        #expect(
            try Self.estimateDiagnostics(Self.procedure, variables: ["rsa", "ppa"]) == [
                "t.xml:11:16: error: [unknown-openfisca-variable] OpenFisca-France has no variable 'rsa_inconnu' "
                    + "(procedures/openfisca-variables.txt; refresh it with `ariane estimate --refresh-variables --openfisca URL`)",
                "t.xml:13:12: error: [estimate-answer-wrong-kind] question 'statut' cannot stand for the estimate's 'logement': "
                    + "choices 'sans-loyer' are not among 'locataire', 'proprietaire', 'heberge'",
                "t.xml:14:12: error: [estimate-answer-not-asked-before] step 'verifier' can be reached without question 'apres' being asked first",
                "t.xml:15:12: error: [estimate-answer-unknown] the estimate uses answer 'fin', but that step is not a question",
                "t.xml:16:12: error: [estimate-answer-unknown] the estimate uses answer 'nulle-part', but no step has that id",
            ])
    }

    @Test func withoutTheVariableListNamesAreNotChecked() throws {
        let diagnostics = try Self.estimateDiagnostics(Self.procedure, variables: nil)
        #expect(diagnostics.count == 4)
        #expect(!diagnostics.contains { $0.contains("rsa_inconnu") })
    }

    @Test func anEstimateQuestionNameOutsideTheListIsRejectedByTheSchema() {
        let xml = Self.procedure.replacingOccurrences(of: #"for="loyer""#, with: #"for="revenu""#)
        #expect(throws: DiagnosticList.self) { try ProcedureLoader().loadProcedure(xml: xml, file: "t.xml") }
    }

    @Test func theReaderKeepsBenefitsAndUsesInOrder() throws {
        let procedure = try ProcedureLoader().loadProcedure(xml: Self.procedure, file: "t.xml")
        let estimate = try #require(procedure.steps.first { $0.id == "verifier" }?.estimate)
        #expect(estimate.benefits.map(\.variable) == ["rsa", "rsa_inconnu"])
        #expect(estimate.uses.map(\.answer) == ["age", "statut", "apres", "fin", "nulle-part"])
        #expect(estimate.uses.map(\.question) == [.age, .housing, .couple, .children, .rent])
        #expect(procedure.steps.filter { $0.estimate != nil }.map(\.id) == ["verifier"])
    }
}
