public import Foundation
import ProcedureModel

/// The OpenFisca-France situation for a household described by the estimate's answers.
///
/// One person (with a partner if in couple) and their children, in one family, tax household and
/// dwelling. Incomes are given for the twelve months before the month of the rules too, because the
/// RSA and the prime d'activité read the last quarter and housing aid the last year.
///
/// The web API computes the asked variables in the order the body names them, in one simulation;
/// `variables` keeps its order there (see ``Estimator`` for why the prime d'activité comes first).
public struct Situation: Sendable, Hashable {
    /// The JSON body of `POST /calculate`: keys sorted, but for the asked variables, first in the family and
    /// in the order given, so that equal households asking the same give equal bytes.
    public let body: Data
    /// The month of the rules used, `YYYY-MM`.
    public let period: String
    /// The variables the situation asks OpenFisca to compute.
    public let variables: [String]

    /// How many months before `period` the incomes are repeated over.
    static let monthsOfIncome = 12

    public init(answers: EstimateAnswers, variables: [String], period: String) {
        self.period = period
        self.variables = variables
        let months = [period] + (1...Self.monthsOfIncome).map { Self.month(period, minus: $0) }
        func everyMonth(_ value: Double) -> [String: Any] { Dictionary(uniqueKeysWithValues: months.map { ($0, value) }) }

        let inCouple = answers[.couple] == "oui"
        let children = max(0, min(Int(answers.number(.children)), 12))
        let adults = inCouple ? ["demandeur", "conjoint"] : ["demandeur"]
        let childIDs = (0..<children).map { "enfant\($0 + 1)" }
        let age = answers.number(.age)

        var people: [String: Any] = [
            // The wages and the unemployment benefit of the household, carried by the person asking.
            "demandeur": [
                "age": [period: age], "salaire_net": everyMonth(answers.number(.wages)),
                "chomage_net": everyMonth(answers.number(.unemployment)),
            ]
        ]
        if inCouple { people["conjoint"] = ["age": [period: age]] }
        // Children's ages are not asked: 8 counts as a child for every benefit here but the age supplements.
        for child in childIDs { people[child] = ["age": [period: 8]] }

        let family = Self.object(variables.map { ($0, Self.json([period: NSNull()])) } + [("enfants", Self.json(childIDs)), ("parents", Self.json(adults))])

        var home: [String: Any] = [
            "personne_de_reference": ["demandeur"], "enfants": childIDs,
            "statut_occupation_logement": [period: Self.occupation(answers[.housing])],
        ]
        if inCouple { home["conjoint"] = ["conjoint"] }
        if answers[.housing] == "locataire" { home["loyer"] = [period: answers.number(.rent)] }
        if let commune = answers.commune { home["depcom"] = [period: commune] }

        body = Self.object([
            ("familles", Self.object([("famille", family)])),
            ("foyers_fiscaux", Self.json(["foyer": ["declarants": adults, "personnes_a_charge": childIDs]])),
            ("individus", Self.json(people)),
            ("menages", Self.json(["menage": home])),
        ])
    }

    /// A JSON object whose members keep the order given; each value already JSON.
    private static func object(_ members: [(key: String, value: Data)]) -> Data {
        var data = Data("{".utf8)
        for (index, member) in members.enumerated() {
            if index > 0 { data.append(contentsOf: Array(",".utf8)) }
            data.append(json(member.key))
            data.append(contentsOf: Array(":".utf8))
            data.append(member.value)
        }
        data.append(contentsOf: Array("}".utf8))
        return data
    }

    /// A value as JSON, keys sorted. Only strings, numbers, arrays, dictionaries and null come here:
    /// serialisation cannot fail.
    private static func json(_ value: Any) -> Data {
        (try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed])) ?? Data("null".utf8)
    }

    static func occupation(_ housing: String?) -> String {
        switch housing {
        case "locataire": "locataire_vide"
        case "proprietaire": "proprietaire"
        case "heberge": "loge_gratuitement"
        default: "non_renseigne"
        }
    }

    /// `2026-12` minus 3 is `2026-09`.
    static func month(_ period: String, minus count: Int) -> String {
        let parts = period.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 2 else { return period }
        let index = parts[0] * 12 + (parts[1] - 1) - count
        let year = index / 12
        let month = index % 12 + 1
        return "\(year)-" + (month < 10 ? "0\(month)" : "\(month)")
    }

    /// The month of the rules for a day, in France's time zone: `2026-12`.
    public static func period(of date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Paris") ?? .gmt
        let parts = calendar.dateComponents([.year, .month], from: date)
        let month = parts.month ?? 1
        return "\(parts.year ?? 1970)-" + (month < 10 ? "0\(month)" : "\(month)")
    }
}
