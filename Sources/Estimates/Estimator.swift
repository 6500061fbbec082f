/// Makes estimates for one kiosk session: builds the situations, asks OpenFisca, keeps the results.
///
/// Each benefit is computed in a situation of its own, all at once: OpenFisca-France 176.1.8 gives a
/// prime d'activité that depends on what the same simulation computed before it (335 € after `af`,
/// 497 € alone or after `aide_logement`, for the household of `EstimateReferenceTests`), and one
/// benefit per situation gives the figure OpenFisca gives for that benefit asked alone.
///
/// The cache is by situation and lives as long as the session's estimator: the same household asked
/// twice (another procedure's estimate, "back" then "continue") is not computed twice, and nothing
/// outlives the session.
public actor Estimator {
    public let client: OpenFiscaClient
    private var results: [Situation: Double] = [:]

    public init(client: OpenFiscaClient) {
        self.client = client
    }

    /// The benefits named by `variables`, for the household the answers describe, under the rules of `period`.
    public func estimate(_ answers: EstimateAnswers, variables: [String], period: String) async throws(EstimateError) -> EstimateResult {
        let situations = variables.map { Situation(answers: answers, variables: [$0], period: period) }
        let missing = situations.filter { results[$0] == nil }
        let client = client
        let computed = await withTaskGroup(of: (Situation, Result<Double, EstimateError>).self) { group in
            for situation in missing {
                group.addTask {
                    do throws(EstimateError) {
                        let values = try await client.calculate(situation)
                        return (situation, .success(situation.variables.first.flatMap { values[$0] } ?? 0))
                    } catch {
                        return (situation, .failure(error))
                    }
                }
            }
            var all: [(Situation, Result<Double, EstimateError>)] = []
            for await one in group { all.append(one) }
            return all
        }
        for (situation, result) in computed {
            switch result {
            case .success(let value): results[situation] = value
            case .failure(let error): throw error
            }
        }
        return EstimateResult(
            benefits: zip(variables, situations).map { variable, situation in
                BenefitEstimate(variable: variable, monthly: results[situation] ?? 0, period: period)
            },
            period: period)
    }
}
