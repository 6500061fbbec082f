/// Makes estimates for one kiosk session: builds the situation, asks OpenFisca, keeps the results.
///
/// Every benefit of one estimate is computed in one situation, the prime d'activité first. OpenFisca-France
/// 176.1.8 gives a prime d'activité that depends on what the same simulation computed before it (335 €
/// after `af`, 497 € alone or first, for the household of `EstimateReferenceTests`); computed first, it is
/// the figure OpenFisca gives for it asked alone, and the benefits after it are too (checked against the
/// Python API benefit by benefit). One simulation shares the resources every benefit reads: a third of the
/// work of one simulation per benefit, which is what a resident waits for on "Je calcule…".
///
/// The cache is by situation and lives as long as the session's estimator: the same household asked
/// twice (another procedure's estimate, "back" then "continue") is not computed twice, and nothing
/// outlives the session.
public actor Estimator {
    public let client: OpenFiscaClient
    private var results: [Situation: [String: Double]] = [:]

    public init(client: OpenFiscaClient) {
        self.client = client
    }

    /// The benefits named by `variables`, for the household the answers describe, under the rules of `period`.
    public func estimate(_ answers: EstimateAnswers, variables: [String], period: String) async throws(EstimateError) -> EstimateResult {
        let situation = Situation(answers: answers, variables: Self.computingOrder(variables), period: period)
        let values: [String: Double]
        if let known = results[situation] {
            values = known
        } else {
            values = try await client.calculate(situation)
            results[situation] = values
        }
        return EstimateResult(
            benefits: variables.map { BenefitEstimate(variable: $0, monthly: values[$0] ?? 0, period: period) }, period: period)
    }

    /// The order OpenFisca computes in: the prime d'activité first, the others as the procedure names them.
    static func computingOrder(_ variables: [String]) -> [String] {
        variables.filter { $0 == "ppa" } + variables.filter { $0 != "ppa" }
    }
}
