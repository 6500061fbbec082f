import Foundation
import Hummingbird
import HummingbirdAuth
import ProcedureModel
import Speech

/// Prompts read aloud at the console by workers and volunteers, for the kiosk to play instead of
/// synthesis: pick a prompt, record it in the browser, hear it, send it with consent.
///
/// Only signed-in console accounts reach these routes (``RequireRole``): a resident at a kiosk is never
/// recorded, and the kiosk's pages have no microphone code at all.
struct RecordingsController {
    let services: GuideServices

    func addRoutes(to group: RouterGroup<AppContext>) {
        group.get("recordings", use: list)
        group.get("recordings/record", use: record)
        group.post("recordings/submit", use: submit)
    }

    /// What the list says after a redirect, by the `done` query item.
    static let outcomes = [
        "sent": "Merci : l'enregistrement est envoyé. Un administrateur l'écoutera avant qu'il soit diffusé.",
        "approved": "L'enregistrement est validé : les bornes le diffusent désormais.",
        "refused": "L'enregistrement est refusé ; la personne qui l'a fait verra la raison.",
    ]

    @Sendable func list(_ request: Request, context: AppContext) async throws -> Response {
        let account = try context.requireIdentity()
        let languages = try RecordablePrompts.languages(services)
        let query = request.uri.queryParameters
        let code = query["lang"].map(String.init) ?? "fr"
        let language = languages.first { $0.code == code } ?? RecordablePrompts.Language(code: "fr", name: "Français", isSpokenOnly: false)
        let prompts = RecordablePrompts(language, services: services)
        let groups = prompts.items.reduce(into: [String]()) { seen, item in if !seen.contains(item.group) { seen.append(item.group) } }
        let group = query["group"].map(String.init).flatMap { groups.contains($0) ? $0 : nil } ?? groups.first ?? ""
        let store = services.console.accounts
        let pending = Set(try await store.recordings(status: .pending).filter { $0.locale == language.code }.map(\.itemName))
        let recordings = Recordings(folder: URL(fileURLWithPath: services.settings.recordingsDirectory))
        let shown = prompts.items.filter { $0.group == group }.map { item in
            let recorded = recordings.recording(for: item) != nil
            return RecordingViews.Prompt(
                kind: RecordablePrompts.kind(of: item.name), name: item.name, text: item.script.spokenText,
                state: recorded ? "Enregistré" : pending.contains(item.name) ? "En attente de validation" : "À enregistrer", recorded: recorded,
                href: "/console/recordings/record?" + Self.query(["lang": language.code, "item": item.name]))
        }
        let recordedCount = prompts.items.filter { recordings.recording(for: $0) != nil }.count
        let mine = try await store.recordings(status: nil).filter { $0.speakerName == account.name }.prefix(20)
        let page = RecordingViews.List(
            languages: languages.map {
                RecordingViews.Option(value: $0.code, label: $0.name + ($0.isSpokenOnly ? " (parlée seulement)" : ""), selected: $0 == language)
            },
            groups: groups.map { RecordingViews.Option(value: $0, label: groupLabel($0), selected: $0 == group) },
            language: language.code,
            counts: "\(recordedCount) messages enregistrés sur \(prompts.items.count) en \(language.name).",
            prompts: shown,
            mine: try RecordingView.submissions(Array(mine), services: services, withAudio: false),
            isAdmin: account.role == .admin,
            pendingCount: account.role == .admin ? try await store.recordings(status: .pending).count : 0)
        return try services.pages.consolePage(
            "console-recordings", context: context, title: "Enregistrer des messages",
            notice: query["done"].flatMap { Self.outcomes[String($0)] }, page: page)
    }

    @Sendable func record(_ request: Request, context: AppContext) async throws -> Response {
        let (language, item) = try prompt(request)
        let page = RecordingViews.Record(
            languageName: language.name, code: language.code, textLang: language.isSpokenOnly ? "fr" : language.code,
            kind: RecordablePrompts.kind(of: item.name), name: item.name, text: item.script.spokenText, isSpokenOnly: language.isSpokenOnly,
            consent: RecordingConsent.text, consentVersion: RecordingConsent.version,
            submitURL: "/console/recordings/submit?" + Self.query(["lang": language.code, "item": item.name]),
            backURL: "/console/recordings?" + Self.query(["lang": language.code, "group": item.group]),
            longestSeconds: RecordedSound.longest / 1000)
        var response = try services.pages.consolePage("console-record", context: context, title: "Enregistrer un message", page: page)
        // The page plays back what was just recorded from a `blob:` address; nothing else is loosened.
        response.headers[.contentSecurityPolicy] = SecurityHeadersMiddleware<AppContext>.pagePolicy
            .replacingOccurrences(of: "media-src 'self'", with: "media-src 'self' blob:")
        return response
    }

    /// The page's script sends the WAV it recorded as the body, with the consent version in the query.
    @Sendable func submit(_ request: Request, context: AppContext) async throws -> Response {
        let account = try context.requireIdentity()
        let (language, item) = try prompt(request)
        guard request.uri.queryParameters["consent"].map(String.init) == RecordingConsent.version else {
            throw HTTPError(.badRequest, message: "Cochez la phrase d'accord avant d'envoyer : rien n'a été enregistré.")
        }
        guard request.headers[.contentType]?.hasPrefix("audio/wav") == true || request.headers[.contentType]?.hasPrefix("audio/x-wav") == true
        else {
            throw HTTPError(.unsupportedMediaType, message: "Seul un enregistrement WAV est accepté.")
        }
        var request = request
        let body: ByteBuffer
        do {
            body = try await request.collectBody(upTo: RecordedSound.largestFile)
        } catch {
            throw HTTPError(.contentTooLarge, message: "L'enregistrement est trop long : un message dure moins d'une minute.")
        }
        let audio = Data(body.readableBytesView)
        let sound: RecordedSound
        do {
            sound = try RecordedSound(audio)
        } catch {
            throw HTTPError(.unprocessableContent, message: "Enregistrement refusé : \(error.message).")
        }
        let id = try await services.console.accounts.submitRecording(
            NewRecording(
                locale: language.code, itemName: item.name, speaker: account, submittedAt: services.clock.now(),
                consentVersion: RecordingConsent.version, milliseconds: sound.milliseconds),
            audio: audio)
        var response = Response(status: .created)
        response.headers[.location] = "/console/recordings?" + Self.query(["lang": language.code, "group": item.group, "done": "sent", "id": String(id)])
        return response
    }

    /// The language and item named in the query; 404 for anything the kiosk does not say.
    private func prompt(_ request: Request) throws -> (RecordablePrompts.Language, SpokenItem) {
        let query = request.uri.queryParameters
        let code = query["lang"].map(String.init) ?? ""
        guard let language = try RecordablePrompts.languages(services).first(where: { $0.code == code }) else {
            throw HTTPError(.notFound, message: "La borne ne parle pas la langue « \(code) ».")
        }
        let name = query["item"].map(String.init) ?? ""
        guard let item = RecordablePrompts(language, services: services).item(named: name) else {
            throw HTTPError(.notFound, message: "La borne ne dit aucun message « \(name) » en \(language.name).")
        }
        return (language, item)
    }

    private func groupLabel(_ group: String) -> String {
        if let procedure = services.library.procedure(group) { return procedure.title }
        return ["documents": "Documents", "help-points": "Lieux d'aide", "glossary": "Glossaire", "interface": "Mots de la borne"][group] ?? group
    }

    /// A query string, each value escaped.
    static func query(_ items: [String: String]) -> String {
        items.sorted { $0.key < $1.key }.map { key, value in
            key + "=" + (value.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? value)
        }.joined(separator: "&")
    }
}

/// Submissions as the pages show them, with the text of each prompt in its language.
enum RecordingView {
    static func submissions(_ submissions: [RecordingSubmission], services: GuideServices, withAudio: Bool) throws -> [RecordingViews.Submission] {
        let states: [RecordingSubmission.Status: String] = [.pending: "En attente de validation", .approved: "Validé", .refused: "Refusé"]
        let languages = try RecordablePrompts.languages(services)
        var prompts: [String: RecordablePrompts] = [:]
        return submissions.map { submission in
            let language = languages.first { $0.code == submission.locale }
            if prompts[submission.locale] == nil, let language { prompts[submission.locale] = RecordablePrompts(language, services: services) }
            return RecordingViews.Submission(
                id: submission.id, language: language?.name ?? submission.locale, kind: RecordablePrompts.kind(of: submission.itemName),
                name: submission.itemName, text: prompts[submission.locale]?.item(named: submission.itemName)?.script.spokenText ?? "",
                speaker: submission.speakerName, submittedAt: ConsoleDates.text(submission.submittedAt),
                seconds: String(format: "%.1f s", Double(submission.milliseconds) / 1000), consent: "accord du \(submission.consentVersion)",
                state: states[submission.status] ?? submission.status.rawValue, reason: submission.refusalReason,
                audio: withAudio && submission.status == .pending ? "/console/recordings/review/\(submission.id)/audio" : nil)
        }
    }
}
