import Foundation
import Hummingbird
import NIOCore
import ProcedureModel
import Speech

/// Serves the sound of each prompt, by id, in the session's language.
struct AudioController {
    let services: GuideServices

    func addRoutes(to router: Router<AppContext>) {
        router.get("/kiosk/audio/:lang/:procedure", use: title)
        router.get("/kiosk/audio/:lang/:procedure/:step", use: step)
        router.get("/kiosk/audio/:lang/:procedure/:step/help", use: help)
        router.get("/kiosk/audio/:lang/:procedure/:step/choice/:value", use: choice)
        router.get("/kiosk/say/:lang/:word", use: word)
    }

    @Sendable func title(_ request: Request, context: AppContext) async throws -> Response {
        let (content, procedure) = try lookUp(context)
        return try await serve(SpokenItem(locale: content.language.code, name: procedure.id, script: content.library.readAloud(procedure.title)))
    }

    @Sendable func step(_ request: Request, context: AppContext) async throws -> Response {
        let (content, procedure, step) = try lookUpStep(context)
        guard let script = step.prompt.audio else { throw HTTPError(.notFound, message: "step '\(step.id)' has no audio script") }
        return try await serve(SpokenItem(locale: content.language.code, procedure: procedure.id, step: step.id, script: script))
    }

    @Sendable func help(_ request: Request, context: AppContext) async throws -> Response {
        let (content, procedure, step) = try lookUpStep(context)
        guard let help = step.prompt.help else { throw HTTPError(.notFound, message: "step '\(step.id)' has no help") }
        return try await serve(SpokenItem(locale: content.language.code, name: "\(procedure.id)/\(step.id)/help", script: content.library.readAloud(help)))
    }

    @Sendable func choice(_ request: Request, context: AppContext) async throws -> Response {
        let (content, procedure, step) = try lookUpStep(context)
        let value = context.parameters.get("value")?.removingPercentEncoding ?? ""
        guard let choice = step.choice(value), let script = choice.prompt.audio else {
            throw HTTPError(.notFound, message: "step '\(step.id)' has no choice '\(value)' with audio")
        }
        return try await serve(SpokenItem(locale: content.language.code, procedure: procedure.id, step: step.id, choice: choice.value, script: script))
    }

    /// The kiosk's own words, and each language's name said in that language.
    @Sendable func word(_ request: Request, context: AppContext) async throws -> Response {
        let content = try language(context)
        let word = context.parameters.get("word") ?? ""
        guard let text = content.spoken(word) else { throw HTTPError(.notFound, message: "no kiosk word '\(word)'") }
        return try await serve(SpokenItem(locale: content.language.code, name: "interface/\(word)", script: Self.plain(text)))
    }

    private func serve(_ item: SpokenItem) async throws -> Response {
        guard let audio = services.audio else { throw HTTPError(.notFound, message: "no sound available on this kiosk") }
        var file = try await audio.file(for: item)
        // A spoken-only language has no voice to fall back on: a missing recording is said to be missing.
        let standIn = file == nil && services.content[item.locale]?.isSpokenOnly == true
        if standIn { file = try await NotRecorded.file(in: item.locale, audio: audio) }
        guard let file else { throw HTTPError(.notFound, message: "no sound available on this kiosk") }
        let data = try Data(contentsOf: file)
        var headers = HTTPFields()
        headers[.contentType] = file.pathExtension == "wav" ? "audio/wav" : file.pathExtension == "mp3" ? "audio/mpeg" : "audio/ogg"
        // Content never changes for a URL until the procedure does; a day of caching spares the renderer.
        // A stand-in is not cached: the prompt's own recording may be approved any minute.
        headers[.cacheControl] = standIn ? "no-store" : "public, max-age=86400"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    private func language(_ context: AppContext) throws -> LocalizedContent {
        let code = context.parameters.get("lang") ?? ""
        guard let content = services.content[code] else { throw HTTPError(.notFound, message: "no kiosk language '\(code)'") }
        return content
    }

    private func lookUp(_ context: AppContext) throws -> (LocalizedContent, Procedure) {
        let content = try language(context)
        let id = context.parameters.get("procedure") ?? ""
        guard let procedure = content.library.procedure(id) else { throw HTTPError(.notFound, message: "no procedure '\(id)'") }
        return (content, procedure)
    }

    private func lookUpStep(_ context: AppContext) throws -> (LocalizedContent, Procedure, Step) {
        let (content, procedure) = try lookUp(context)
        let id = context.parameters.get("step") ?? ""
        guard let step = procedure.step(id) else { throw HTTPError(.notFound, message: "no step '\(id)' in '\(procedure.id)'") }
        return (content, procedure, step)
    }

    static func plain(_ text: String) -> AudioScript {
        AudioScript(parts: [.text(text)])
    }
}
