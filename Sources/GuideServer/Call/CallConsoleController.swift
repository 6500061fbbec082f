import Foundation
import Hummingbird
import HummingbirdAuth
import NIOCore
import ServiceLifecycle

/// The calls for a person on the workers' console: watched live, answered in one click.
///
/// The list comes as server-sent events (`text/event-stream`): the whole list at once, then again at
/// every change. A browser's `EventSource` reconnects by itself when a stream ends, so each stream
/// ends after a while (and at the server's shutdown) without the console noticing.
struct CallConsoleController {
    let services: GuideServices
    /// How long one stream lasts before the browser opens the next.
    var streamLifetime: Duration = .seconds(600)
    /// A comment line this often: a closed connection is noticed, and proxies keep an idle one open.
    var keepAlive: Duration = .seconds(20)

    func addRoutes(to group: RouterGroup<AppContext>) {
        group.get("calls/events", use: events)
        group.post("calls/:id/answer", use: answer)
    }

    /// `?limit=N` ends the stream after N lists (N ≥ 1): for clients that poll instead of watching.
    @Sendable func events(_ request: Request, context: AppContext) async throws -> Response {
        _ = try context.requireIdentity()
        let limit = request.uri.queryParameters.get("limit", as: Int.self).map { max($0, 1) } ?? Int.max
        let (board, services, lifetime, keepAlive) = (services.runner.calls, services, streamLifetime, keepAlive)
        var headers = HTTPFields()
        headers[.contentType] = "text/event-stream; charset=utf-8"
        headers[.cacheControl] = "no-store"
        let body = ResponseBody { writer in
            let (lines, sink) = AsyncStream<String>.makeStream(bufferingPolicy: .bufferingNewest(4))
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask {
                    var sent = 0
                    for await calls in board.watch() {
                        sink.yield(CallList(calls, services: services).serverSentEvent())
                        sent += 1
                        if sent >= limit { break }
                    }
                    sink.finish()
                }
                group.addTask {
                    let clock = ContinuousClock()
                    let end = clock.now + lifetime
                    while clock.now < end {
                        try await Task.sleep(for: min(keepAlive, end - clock.now))
                        sink.yield(": still here\n\n")
                    }
                    sink.finish()
                }
                // The browser retries 3 s after a stream ends.
                try await writer.write(ByteBuffer(string: "retry: 3000\n\n"))
                // Ends at the server's shutdown too, which would otherwise wait for the stream.
                for try await line in lines.cancelOnGracefulShutdown() { try await writer.write(ByteBuffer(string: line)) }
                group.cancelAll()
            }
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: headers, body: body)
    }

    /// "Accepter": the worker takes the resident's session over and lands on its desk page.
    @Sendable func answer(_ request: Request, context: AppContext) async throws -> Response {
        let account = try context.requireIdentity()
        let id = context.parameters.get("id") ?? ""
        guard let token = try await services.runner.answerCall(id, byWorker: account.id, time: services.clock.now()) else {
            return try services.pages.consoleMessage(
                .notFound, context: context, title: "Appel déjà pris",
                message: "Cet appel n'attend plus : un collègue l'a pris, ou la personne a quitté la borne.",
                link: ConsoleLink(href: "/console", label: "Revenir à la console"))
        }
        return Response.redirect(to: "/console/sessions/\(token)", type: .normal)
    }
}
