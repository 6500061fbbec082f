import Directory
import Foundation
import Hummingbird
import HummingbirdAuth

/// `/console/directory`: workers propose changes to the site's places (hours, languages spoken, a
/// closure for the holidays); an admin approves or refuses them. Each proposal keeps who, when and
/// the value it replaced (``DirectoryChanges``).
struct DirectoryConsoleController {
    let services: GuideServices

    func addRoutes(to group: RouterGroup<AppContext>) {
        group.get("directory", use: show)
        group.post("directory/propose", use: propose)
        group.post("directory/:id/decide", use: decide)
    }

    struct Page {
        let proposals: [Proposal]
        let isAdmin: Bool
        let kinds: [Kind]
    }

    struct Proposal {
        let id: Int64
        let place: String
        let kind: String
        let previous: String
        let proposed: String
        let proposedBy: String
        let proposedAt: String
    }

    struct Kind {
        let value: String
        let label: String
    }

    static let kinds = [
        Kind(value: ProposedChange.Kind.hours.rawValue, label: "Horaires (format OpenStreetMap : Mo-Fr 09:00-12:00)"),
        Kind(value: ProposedChange.Kind.languages.rawValue, label: "Langues parlées (codes : fr, ar, en…)"),
        Kind(value: ProposedChange.Kind.closedUntil.rawValue, label: "Fermé jusqu'au (AAAA-MM-JJ, vide pour rouvrir)"),
    ]

    /// The server clock's "now", as proposals record it (ISO 8601, UTC).
    private func now() -> String {
        ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: Double(services.clock.now()) / 1000))
    }

    /// The site's directory (``SiteDirectory``); opened per request, since these pages are rare and the file
    /// may be re-imported meanwhile.
    private func store() throws -> any DirectoryStore & DirectoryChanges {
        do {
            if let store = try SiteDirectory.open(services.settings) { return store }
            return try SQLiteDirectoryStore(path: services.settings.dataDirectory + "/" + SQLiteDirectoryStore.fileName)
        } catch {
            throw HTTPError(.serviceUnavailable, message: "L'annuaire des lieux ne peut pas être ouvert : \(error)")
        }
    }

    @Sendable func show(_ request: Request, context: AppContext) async throws -> Response {
        let account = try context.requireIdentity()
        let pending = try await store().pendingChanges().map {
            Proposal(
                id: $0.id, place: $0.placeID, kind: $0.kind.rawValue, previous: $0.previous ?? "", proposed: $0.proposed, proposedBy: $0.proposedBy,
                proposedAt: $0.proposedAt)
        }
        return try services.pages.consolePage(
            "console-directory", context: context, title: "Annuaire des lieux",
            notice: request.uri.queryParameters.get("done").map { $0 == "approved" ? "Modification appliquée." : "Enregistré." },
            page: Page(proposals: pending, isAdmin: account.role == .admin, kinds: Self.kinds))
    }

    struct ProposeForm: Decodable {
        var place: String
        var kind: String
        var value: String?
    }

    @Sendable func propose(_ request: Request, context: AppContext) async throws -> Response {
        let account = try context.requireIdentity()
        let form = try await request.decode(as: ProposeForm.self, context: context)
        guard let kind = ProposedChange.Kind(rawValue: form.kind), kind != .newPlace else {
            throw HTTPError(.badRequest, message: "Choisissez ce qui change dans la liste.")
        }
        do {
            _ = try await store().propose(
                ProposedChange(
                    placeID: form.place.trimmingCharacters(in: .whitespaces), kind: kind, proposed: form.value ?? "", proposedBy: account.name,
                    proposedAt: now()))
        } catch let error as ChangeError {
            throw HTTPError(.badRequest, message: "Proposition refusée : \(error). Rien n'a été enregistré.")
        }
        return Response.redirect(to: "/console/directory?done=proposed", type: .normal)
    }

    struct DecideForm: Decodable {
        var decision: String
    }

    @Sendable func decide(_ request: Request, context: AppContext) async throws -> Response {
        let account = try context.requireIdentity()
        guard account.role == .admin else { throw HTTPError(.forbidden, message: "Seul un administrateur approuve ou refuse une proposition.") }
        let form = try await request.decode(as: DecideForm.self, context: context)
        guard let id = context.parameters.get("id").flatMap(Int64.init), form.decision == "approve" || form.decision == "refuse" else {
            throw HTTPError(.badRequest, message: "Proposition ou décision inconnue.")
        }
        do {
            _ = try await store().decide(id, form.decision == "approve" ? .approved : .refused, by: account.name, at: now())
        } catch let error as ChangeError {
            throw HTTPError(.conflict, message: "\(error)")
        }
        return Response.redirect(to: "/console/directory?done=\(form.decision == "approve" ? "approved" : "refused")", type: .normal)
    }
}
