import Foundation
import Hummingbird
import HummingbirdAuth
import ProcedureModel
import Speech

/// An admin listens to each recording sent, then approves it (it is normalised and placed where the
/// kiosk looks, and played from then on) or refuses it with a reason the speaker reads.
struct RecordingReviewController {
    let services: GuideServices

    func addRoutes(to group: RouterGroup<AppContext>) {
        group.get("", use: list)
        group.get(":id/audio", use: audio)
        group.post(":id/approve", use: approve)
        group.post(":id/refuse", use: refuse)
    }

    private struct RefusalForm: Decodable {
        var reason: String?
    }

    @Sendable func list(_ request: Request, context: AppContext) async throws -> Response {
        let store = services.console.accounts
        let page = RecordingViews.Review(
            pending: try RecordingView.submissions(try await store.recordings(status: .pending), services: services, withAudio: true),
            decided: try RecordingView.submissions(
                Array(try await store.recordings(status: nil).filter { $0.status != .pending }.prefix(30)), services: services, withAudio: false))
        return try services.pages.consolePage(
            "console-record-review", context: context, title: "Valider les enregistrements",
            notice: request.uri.queryParameters["done"].flatMap { RecordingsController.outcomes[String($0)] }, page: page)
    }

    /// The sound as sent, for the admin's ear; gone once decided.
    @Sendable func audio(_ request: Request, context: AppContext) async throws -> Response {
        let id = try submissionID(context)
        guard let sound = try await services.console.accounts.recordingAudio(id: id) else {
            throw HTTPError(.notFound, message: "Aucun enregistrement en attente n° \(id).")
        }
        var headers = HTTPFields()
        headers[.contentType] = "audio/wav"
        // A person's voice: never kept by a browser's cache.
        headers[.cacheControl] = "no-store"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: sound)))
    }

    /// Normalises the sound into a staging file, records the approval, then puts the file in place: a
    /// failed conversion leaves the submission pending, and a submission another admin refused first
    /// never reaches the kiosk.
    @Sendable func approve(_ request: Request, context: AppContext) async throws -> Response {
        let account = try context.requireIdentity()
        let id = try submissionID(context)
        let store = services.console.accounts
        guard let submission = try await store.recording(id: id), let sound = try await store.recordingAudio(id: id) else {
            throw HTTPError(.conflict, message: "L'enregistrement n° \(id) n'est plus en attente : un administrateur a déjà décidé.")
        }
        let item = SpokenItem(locale: submission.locale, name: submission.itemName, script: .init(parts: []))
        let recordings = URL(fileURLWithPath: services.settings.recordingsDirectory)
        let destination = recordings.appendingPathComponent(item.locale).appendingPathComponent(item.name + ".wav")
        let staging = URL(fileURLWithPath: services.settings.dataDirectory).appendingPathComponent("recording-staging")
        let sent = staging.appendingPathComponent("\(id)-sent.wav")
        let normalised = staging.appendingPathComponent("\(id).wav")
        defer {
            try? FileManager.default.removeItem(at: sent)
            try? FileManager.default.removeItem(at: normalised)
        }
        do {
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
            try sound.write(to: sent)
            try await RecordingLoudness().normalise(sent, to: normalised)
        } catch {
            throw HTTPError(.internalServerError, message: "L'enregistrement n° \(id) n'a pas pu être converti (\(error)) : il reste en attente.")
        }
        guard try await store.review(id: id, .approve, by: account, at: services.clock.now()) else {
            throw HTTPError(.conflict, message: "L'enregistrement n° \(id) n'est plus en attente : un administrateur a déjà décidé.")
        }
        do {
            try FileManager.default.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
            if FileManager.default.fileExists(atPath: destination.path) {
                _ = try FileManager.default.replaceItemAt(destination, withItemAt: normalised)
            } else {
                try FileManager.default.moveItem(at: normalised, to: destination)
            }
        } catch {
            throw HTTPError(
                .internalServerError,
                message: "L'enregistrement n° \(id) est validé mais n'a pas pu être placé dans \(destination.path) : \(error.localizedDescription)")
        }
        return Response.redirect(to: "/console/recordings/review?done=approved", type: .normal)
    }

    @Sendable func refuse(_ request: Request, context: AppContext) async throws -> Response {
        let account = try context.requireIdentity()
        let id = try submissionID(context)
        let reason = (try await request.decode(as: RefusalForm.self, context: context).reason ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty, reason.count <= 300 else {
            throw HTTPError(.badRequest, message: "Dites en une phrase (300 caractères au plus) pourquoi l'enregistrement est refusé.")
        }
        guard try await services.console.accounts.review(id: id, .refuse(reason: reason), by: account, at: services.clock.now()) else {
            throw HTTPError(.conflict, message: "L'enregistrement n° \(id) n'est plus en attente : un administrateur a déjà décidé.")
        }
        return Response.redirect(to: "/console/recordings/review?done=refused", type: .normal)
    }

    private func submissionID(_ context: AppContext) throws -> Int64 {
        guard let id = context.parameters.get("id").flatMap(Int64.init) else { throw HTTPError(.notFound, message: "Aucun enregistrement à cette adresse.") }
        return id
    }
}
