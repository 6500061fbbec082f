import Testing

@testable import Estimates

/// Which benefits share one OpenFisca simulation: the RSA procedure's four, the prime d'activité first;
/// the CSS ones, whose figures change after the prime d'activité, alone.
@Suite struct SimulationsTests {
    @Test func theRSAFourTogetherPrimeFirstAndTheHealthCoverAlone() {
        #expect(
            Estimator.simulations(["rsa", "ppa", "aide_logement", "af", "cmu_c", "css_participation_forfaitaire"]) == [
                ["ppa", "rsa", "aide_logement", "af"], ["cmu_c"], ["css_participation_forfaitaire"],
            ])
        #expect(Estimator.simulations(["aide_logement"]) == [["aide_logement"]])
        #expect(Estimator.simulations(["cmu_c", "css_participation_forfaitaire"]) == [["cmu_c"], ["css_participation_forfaitaire"]])
    }
}
