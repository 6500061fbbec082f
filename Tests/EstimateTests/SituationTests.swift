import Estimates
import Foundation
import ProcedureModel
import Testing

/// The OpenFisca-France situation built from the estimate's answers.
@Suite struct SituationTests {
    static func json(_ situation: Situation) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: situation.body) as? [String: Any])
    }

    @Test func aCoupleWithTwoChildrenRenting() throws {
        let answers = EstimateAnswers(
            values: [.couple: "oui", .children: "2", .age: "40", .wages: "1500", .unemployment: "0", .housing: "locataire", .rent: "700"],
            commune: "93066")
        let situation = Situation(answers: answers, variables: ["af"], period: "2026-12")
        let body = try Self.json(situation)
        let family = try #require((body["familles"] as? [String: Any])?["famille"] as? [String: Any])
        #expect(family["parents"] as? [String] == ["demandeur", "conjoint"])
        #expect(family["enfants"] as? [String] == ["enfant1", "enfant2"])
        #expect((family["af"] as? [String: Any])?["2026-12"] is NSNull)
        let home = try #require((body["menages"] as? [String: Any])?["menage"] as? [String: Any])
        #expect(home["loyer"] as? [String: Double] == ["2026-12": 700])
        #expect(home["depcom"] as? [String: String] == ["2026-12": "93066"])
        #expect(home["statut_occupation_logement"] as? [String: String] == ["2026-12": "locataire_vide"])
        let person = try #require((body["individus"] as? [String: Any])?["demandeur"] as? [String: Any])
        let wages = try #require(person["salaire_net"] as? [String: Double])
        // This month and the twelve before it, for the quarter of the RSA and the year of housing aid.
        #expect(wages.count == 13 && wages["2025-12"] == 1500 && wages["2026-12"] == 1500 && wages["2025-11"] == nil)
    }

    @Test func rentIsLeftOutForOwnersAndEqualHouseholdsGiveEqualBytes() throws {
        let owner = EstimateAnswers(values: [.couple: "non", .housing: "proprietaire", .rent: "700"])
        let body = try Self.json(Situation(answers: owner, variables: ["rsa"], period: "2026-01"))
        let home = try #require((body["menages"] as? [String: Any])?["menage"] as? [String: Any])
        #expect(home["loyer"] == nil && home["depcom"] == nil)
        #expect(Situation(answers: owner, variables: ["rsa"], period: "2026-01") == Situation(answers: owner, variables: ["rsa"], period: "2026-01"))
        #expect(Situation(answers: owner, variables: ["rsa"], period: "2026-01") != Situation(answers: owner, variables: ["ppa"], period: "2026-01"))
    }

    /// The web API computes in the order the body names the variables; the prime d'activité must come first.
    @Test func theAskedVariablesComeFirstInTheFamilyInTheOrderGiven() {
        let answers = EstimateAnswers(values: [.couple: "non", .children: "0", .housing: "heberge"])
        let body = String(decoding: Situation(answers: answers, variables: ["ppa", "rsa", "af"], period: "2026-12").body, as: UTF8.self)
        #expect(body.hasPrefix(#"{"familles":{"famille":{"ppa":{"2026-12":null},"rsa":{"2026-12":null},"af":{"2026-12":null},"enfants":[],"#))
        #expect(body.contains(#""parents":["demandeur"]}},"foyers_fiscaux":{"foyer":"#))
    }

    @Test func theMonthOfTheRulesIsFrenchTime() {
        // 31 December 2026 at 23:30 UTC is already January in Paris.
        #expect(Situation.period(of: Date(timeIntervalSince1970: 1_798_759_800)) == "2027-01")
    }

    @Test func rentIsAskedOfTenantsOnly() {
        var answers = EstimateAnswers(values: [.couple: "non", .children: "0", .age: "30", .wages: "0", .unemployment: "0"])
        #expect(answers.unanswered == [.housing])
        answers[.housing] = "locataire"
        #expect(answers.unanswered == [.rent])
    }
}

/// `ariane estimate --answers FILE.json`: the estimate questions' names, and errors that say where.
@Suite struct EstimateAnswersTests {
    @Test func numbersAndTextsAreRead() throws {
        let answers = try EstimateAnswers(json: Data(#"{"age": 35, "salaire": "800,5", "en-couple": "non", "commune": "93066"}"#.utf8), file: "a.json")
        #expect(answers[.age] == "35" && answers[.wages] == "800,5" && answers[.couple] == "non" && answers.commune == "93066")
    }

    @Test(arguments: [
        (#"{"revenu": 800}"#, #"a.json: "revenu" is not an estimate question (en-couple, enfants, age, salaire, chomage, logement, loyer, commune)"#),
        (#"{"en-couple": "peut-être"}"#, #"a.json: en-couple: "peut-être" is not "oui" or "non""#),
        (#"{"loyer": -5}"#, #"a.json: loyer: "-5" is not a number of 0 or more"#),
        (#"{"logement": "hotel"}"#, #"a.json: logement: "hotel" is not one of locataire, proprietaire, heberge"#),
        (#"[1]"#, "a.json: is not a JSON object of answers"),
    ])
    func wrongAnswersSayWhatAndWhere(json: String, message: String) {
        #expect(throws: EstimateError.answers(file: "a.json", String(message.dropFirst("a.json: ".count)))) {
            try EstimateAnswers(json: Data(json.utf8), file: "a.json")
        }
    }
}
