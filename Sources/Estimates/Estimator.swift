/// Makes estimates for one kiosk session: builds the situations, asks OpenFisca, keeps the results.
///
/// OpenFisca-France 176.1.8 gives some figures that depend on what the same simulation computed before
/// them: the prime d'activité is 335 € after `af` and 497 € alone or first, for the household of
/// `EstimateReferenceTests`, and `cmu_c` and `css_participation_forfaitaire` change after `ppa`. So the
/// RSA procedure's four benefits are computed in one simulation, the prime d'activité first, which gives
/// for each the figure OpenFisca gives for it asked alone (checked against the Python API over 24
/// households) at a third of the work of four simulations; every other benefit is computed in a situation
/// of its own, all at once.
///
/// The cache is by situation and lives as long as the session's estimator: the same household asked
/// twice (another procedure's estimate, "back" then "continue") is not computed twice, and nothing
/// outlives the session.
public actor Estimator {
    public let client: OpenFiscaClient
    private var results: [Situation: [String: Double]] = [:]

    /// The benefits that give their figures alone when computed together in this order.
    static let computedTogether = ["ppa", "rsa", "aide_logement", "af"]

    public init(client: OpenFiscaClient) {
        self.client = client
    }

    /// The benefits named by `variables`, for the household the answers describe, under the rules of `period`.
    public func estimate(_ answers: EstimateAnswers, variables: [String], period: String) async throws(EstimateError) -> EstimateResult {
        let situations = Self.simulations(variables).map { Situation(answers: answers, variables: $0, period: period) }
        let missing = situations.filter { results[$0] == nil }
        let client = client
        let computed = await withTaskGroup(of: (Situation, Result<[String: Double], EstimateError>).self) { group in
            for situation in missing {
                group.addTask {
                    do throws(EstimateError) {
                        return (situation, .success(try await client.calculate(situation)))
                    } catch {
                        return (situation, .failure(error))
                    }
                }
            }
            var all: [(Situation, Result<[String: Double], EstimateError>)] = []
            for await one in group { all.append(one) }
            return all
        }
        for (situation, result) in computed {
            switch result {
            case .success(let values): results[situation] = values
            case .failure(let error): throw error
            }
        }
        let values = situations.reduce(into: [String: Double]()) { all, situation in all.merge(results[situation] ?? [:]) { $1 } }
        return EstimateResult(
            benefits: variables.map { BenefitEstimate(variable: $0, monthly: values[$0] ?? 0, period: period) }, period: period)
    }

    /// The variables of each simulation: those of ``computedTogether`` asked for, in its order, then each
    /// other variable alone.
    static func simulations(_ variables: [String]) -> [[String]] {
        let together = computedTogether.filter(variables.contains)
        let alone = variables.filter { !computedTogether.contains($0) }.map { [$0] }
        return (together.isEmpty ? [] : [together]) + alone
    }
}
