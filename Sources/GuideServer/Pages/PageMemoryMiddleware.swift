import Hummingbird

/// Makes the memory of the kiosk session behind a request the ``PageMemory/current`` of that
/// request, so that every kiosk page, error pages included, is drawn with the display chosen. A
/// memory whose session has ended is forgotten here, the first time a request meets it. The session
/// found is handed on in ``AppContext/kioskSession``, with its token, so that the page need not look
/// it up again.
struct PageMemoryMiddleware: RouterMiddleware {
    let services: GuideServices
    let memories: PageMemories

    func handle(_ request: Request, context: AppContext, next: (Request, AppContext) async throws -> Response) async throws -> Response {
        guard request.uri.path.hasPrefix("/kiosk"), let token = request.cookies[KioskController.cookieName]?.value, !token.isEmpty else {
            return try await next(request, context)
        }
        guard let live = await services.runner.session(token), live.place == .kiosk else {
            memories.forget(token)
            return try await next(request, context)
        }
        let memory = memories.memory(for: token)
        var context = context
        context.kioskSession = live
        context.kioskToken = token
        return try await PageMemory.$drawing.withValue(PageMemory.Drawing(memory: memory, page: request.uri.path)) {
            try await next(request, context)
        }
    }
}
