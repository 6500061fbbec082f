import Estimates
import Foundation
import ProcedureModel
import Testing

/// Ariane's estimates for reference households, through the web API, against OpenFisca-France's Python
/// API called directly by `Resources/reference_estimate.py`, which builds its own situation from the answers.
@Suite(.serialized) struct EstimateReferenceTests {
    static let variables = ["rsa", "ppa", "aide_logement", "af", "cmu_c", "css_participation_forfaitaire"]
    static let period = "2026-12"

    /// Households the kiosk meets: alone without income, a single parent working part time, a couple with
    /// three children and one wage, a young worker housed by family.
    static let households: [[String: String]] = [
        ["en-couple": "non", "enfants": "0", "age": "45", "salaire": "0", "chomage": "0", "logement": "locataire", "loyer": "450", "commune": "93066"],
        ["en-couple": "non", "enfants": "1", "age": "35", "salaire": "800", "chomage": "0", "logement": "locataire", "loyer": "600", "commune": "93066"],
        ["en-couple": "oui", "enfants": "3", "age": "38", "salaire": "1900", "chomage": "0", "logement": "locataire", "loyer": "850", "commune": "69123"],
        ["en-couple": "non", "enfants": "0", "age": "27", "salaire": "1300", "chomage": "200", "logement": "heberge", "commune": "59350"],
    ]

    static func answers(_ household: [String: String]) -> EstimateAnswers {
        var answers = EstimateAnswers(commune: household["commune"])
        for (key, value) in household { if let question = EstimateQuestion(rawValue: key) { answers[question] = value } }
        return answers
    }

    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Resources/reference_estimate.py").path

    @Test func theSameNumbersAsOpenFiscaPython() async throws {
        guard let url = OpenFiscaForTests.required(by: "theSameNumbersAsOpenFiscaPython") else { return }
        let requests = Self.households.map { ["answers": $0, "period": Self.period, "variables": Self.variables] as [String: Any] }
        let printed = try OpenFiscaForTests.run(OpenFiscaForTests.python, [Self.script], input: try JSONSerialization.data(withJSONObject: requests))
        let reference = try #require(try JSONSerialization.jsonObject(with: printed) as? [[String: Double]])
        let estimator = Estimator(client: OpenFiscaClient(url: url, timeout: .seconds(300)))
        for (household, expected) in zip(Self.households, reference) {
            let result = try await estimator.estimate(Self.answers(household), variables: Self.variables, period: Self.period)
            for benefit in result.benefits {
                let python = try #require(expected[benefit.variable])
                #expect(abs(benefit.monthly - python) < 0.01, "\(benefit.variable) for \(household): Ariane \(benefit.monthly), Python \(python)")
            }
        }
        // Not every figure is zero: the households were chosen to receive something.
        #expect(reference.flatMap(\.values).filter { $0 > 0 }.count >= 6)
    }

    @Test func theCommandPrintsJSONPerBenefit() async throws {
        guard let url = OpenFiscaForTests.required(by: "theCommandPrintsJSONPerBenefit") else { return }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("estimate-\(UUID().uuidString).json")
        try JSONSerialization.data(withJSONObject: Self.households[1]).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let printed = try OpenFiscaForTests.run(
            OpenFiscaForTests.ariane,
            [
                "estimate", "--answers", file.path, "--openfisca", url, "--format", "json", "--period", Self.period, "--benefit", "aide_logement", "--timeout",
                "300",
            ])
        let rows = try #require(try JSONSerialization.jsonObject(with: printed) as? [[String: Any]])
        #expect(rows.count == 1)
        #expect(rows.first?["variable"] as? String == "aide_logement")
        #expect(rows.first?["period"] as? String == Self.period)
        #expect(((rows.first?["monthly"] as? Double) ?? 0) > 0)
    }

    @Test func anUnreachableWebAPIIsAnErrorNotAnEstimate() async {
        // Port 9 (discard) on loopback: nothing listens there on these machines.
        let client = OpenFiscaClient(url: "http://127.0.0.1:9", timeout: .seconds(2))
        await #expect(throws: EstimateError.self) {
            try await Estimator(client: client).estimate(Self.answers(Self.households[0]), variables: ["rsa"], period: Self.period)
        }
    }
}
