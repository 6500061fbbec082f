import Estimates
import Foundation
import ProcedureCheck
import ProcedureModel
import ProcedureXML
import Testing

/// The four procedures that estimate instead of sending the person to a simulator.
@Suite struct ShippedProcedureTests {
    static let procedures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../procedures")
        .standardized.path

    @Test func theFourProceduresEstimateAndPassTheirChecks() throws {
        let (library, problems) = try ProcedureLoader().loadLibrary([Self.procedures])
        #expect(problems.isEmpty)
        let variables = try #require(library.openFiscaVariables, "procedures/openfisca-variables.txt is read beside the procedures")
        #expect(variables.contains("aide_logement") && variables.contains("cmu_c") && variables.count > 3000)
        let estimating = library.procedures.filter { $0.steps.contains { $0.estimate != nil } }.map(\.id).sorted()
        #expect(estimating == ["aide-logement", "css", "prime-activite", "rsa"])
        let diagnostics = ProcedureChecker.check(library).map(\.description).filter {
            $0.contains("[estimate-") || $0.contains("[unknown-openfisca-variable]")
        }
        #expect(diagnostics == [])
    }

    @Test func everyBenefitTheyNameHasPlainWordsInEveryKioskLanguage() throws {
        let (library, _) = try ProcedureLoader().loadLibrary([Self.procedures])
        let variables = Set(library.procedures.flatMap { $0.steps.compactMap(\.estimate).flatMap(\.benefits).map(\.variable) })
        for language in ["fr", "en", "ar"] {
            for variable in variables {
                let said = SaidEstimateTests.said([variable: 100], language: language)
                // A benefit without words says only the closing sentences: the month of the rules.
                #expect(said.text.count >= 3, "\(variable) has no words in \(language)")
            }
        }
    }
}
