import BlockageAnalytics
import EventLog
import Hummingbird
import ProcedureModel

/// The dashboard's filters, read from a query string: the same as `ariane report`'s options, and
/// refused in French (400 for a malformed value, 404 for a language the server does not have; see
/// ``unknownProcedure(_:)`` for procedures).
struct ReportQuery: Sendable {
    /// Below this, a cell could single somebody out; the dashboard never goes lower.
    static let smallestGroup = 5

    var filter = EventFilter()
    var period: ReportPeriod = .month
    var minimumGroup = smallestGroup
    /// The language the steps' questions are shown in: `fr`, or a translation under locales/.
    var language = "fr"

    /// The fields' labels on the form, which errors name.
    static let labels = ["since": "« Depuis le »", "until": "« Jusqu'au »"]

    /// Reads `procedure`, `since`, `until` (YYYY-MM-DD, UTC, read as ``DayRange``), `channel`, `site`,
    /// `locale`, `period` (week or month), `min-group` and `lang` (the questions' language).
    ///
    /// - Parameter languages: the codes of the languages the server has (French and those under locales/).
    init(_ parameters: [String: String], languages: [String]) throws {
        func text(_ name: String) -> String? {
            parameters[name].flatMap { $0.isEmpty ? nil : $0 }
        }
        filter.procedure = text("procedure")
        filter.site = text("site")
        filter.locale = text("locale")
        for (name, what) in [("locale", "des sessions"), ("lang", "des questions")] {
            if let code = text(name), !languages.contains(code) {
                throw HTTPError(
                    .notFound,
                    message: "Langue \(what) inconnue « \(code) » : ce serveur connaît \(languages.joined(separator: ", ")).")
            }
        }
        language = text("lang") ?? "fr"
        do {
            let days = try DayRange(since: text("since"), until: text("until"), names: (Self.labels["since"] ?? "since", Self.labels["until"] ?? "until"))
            (filter.since, filter.until) = (days.since, days.until)
        } catch {
            throw HTTPError(.badRequest, message: error.frenchDescription)
        }
        if let channel = text("channel") {
            guard let value = Channel(rawValue: channel) else {
                throw HTTPError(.badRequest, message: "« Canal » vaut borne (kiosk), accompagné (assisted) ou terminal (terminal), pas « \(channel) ».")
            }
            filter.channel = value
        }
        if let period = text("period") {
            switch period {
            case "week": self.period = .week
            case "month": self.period = .month
            default: throw HTTPError(.badRequest, message: "« Évolution par » vaut semaine (week) ou mois (month), pas « \(period) ».")
            }
        }
        if let group = text("min-group") {
            guard let value = Int(group), value >= Self.smallestGroup else {
                throw HTTPError(
                    .badRequest,
                    message: "« Taille minimale d'un groupe » est un nombre entier d'au moins \(Self.smallestGroup), pas « \(group) ».")
            }
            minimumGroup = value
        }
    }

    /// 404 for a procedure that is neither on this server nor in the log (a retired procedure's
    /// sessions are still shown), rather than an empty report that looks like nobody came.
    static func unknownProcedure(_ procedure: String) -> HTTPError {
        HTTPError(
            .notFound, message: "Démarche inconnue « \(procedure) » : ni ce serveur ni le journal ne la connaissent. Choisissez une démarche dans la liste.")
    }
}
