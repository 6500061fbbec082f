import EventLog
import ProcedureModel

/// The French words the HTML page uses for the log's fixed vocabularies.
enum FrenchNames {
    static func channel(_ channel: String?) -> String {
        switch channel.flatMap(Channel.init(rawValue:)) {
        case .kiosk: "borne"
        case .assisted: "accompagné"
        case .terminal: "terminal"
        case nil: channel ?? "sans canal"
        }
    }

    static func result(_ result: String?) -> String {
        switch result.flatMap(Outcome.init(rawValue:)) {
        case .eligible: "éligible"
        case .notEligible: "non éligible"
        case .refer: "à orienter"
        case nil: result ?? "sans résultat"
        }
    }

    static func category(_ category: BlockageCategory) -> String {
        switch category {
        case .missingDocument: "document manquant"
        case .noEmailOrPhone: "pas d'e-mail ni de téléphone"
        case .language: "langue"
        case .digitalSkills: "usage du numérique"
        case .eligibilityUnclear: "droits incertains"
        case .officialSiteDown: "site officiel en panne"
        case .other: "autre"
        }
    }

    /// `27/11/2026`.
    static func date(_ time: Int64) -> String {
        let parts = UTCCalendar.date(time).split(separator: "-")
        return parts.reversed().joined(separator: "/")
    }

    /// "tous" or the filters that were set.
    static func filter(_ filter: EventFilter) -> String {
        var parts: [String] = []
        if let procedure = filter.procedure { parts.append("démarche « \(procedure) »") }
        if let since = filter.since { parts.append("à partir du \(date(since))") }
        if let until = filter.until { parts.append("avant le \(date(until))") }
        if let channel = filter.channel { parts.append("canal \(self.channel(channel.rawValue))") }
        if let site = filter.site { parts.append("site « \(site) »") }
        if let locale = filter.locale { parts.append("langue « \(locale) »") }
        return parts.isEmpty ? "tous" : parts.joined(separator: ", ")
    }

    /// The dwell-time buckets.
    static let buckets = ["< 5 s", "5–15 s", "15–30 s", "30 s–1 min", "1–2 min", "2–5 min", "5–10 min", "≥ 10 min"]
}
