import ProcedureModel

extension BlockageCategory {
    /// The category as a worker reads it in the console.
    var label: String {
        switch self {
        case .missingDocument: "Il manque un papier"
        case .noEmailOrPhone: "Pas d'adresse e-mail ou de téléphone"
        case .language: "La langue"
        case .digitalSkills: "L'usage du numérique"
        case .eligibilityUnclear: "Droits pas clairs"
        case .officialSiteDown: "Site officiel en panne"
        case .other: "Autre raison"
        }
    }
}
