import ProcedureModel

extension BlockageCategory {
    /// The category as a worker says it of the person in front of them, in the console.
    var label: String {
        switch self {
        case .missingDocument: "Il lui manque un papier"
        case .noEmailOrPhone: "Pas d'adresse e-mail ou pas de téléphone"
        case .language: "Ne comprend pas assez le français"
        case .digitalSkills: "Ne sait pas se servir d'un ordinateur ou d'un téléphone"
        case .eligibilityUnclear: "On ne sait pas s'il ou elle y a droit"
        case .officialSiteDown: "Le site officiel ne marche pas"
        case .other: "Autre raison (à dire dans la note)"
        }
    }
}
