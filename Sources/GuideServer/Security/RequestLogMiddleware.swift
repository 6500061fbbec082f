import Hummingbird
import Logging

/// Logs each request as its route, not its address: `/console/sessions/{token}`, never the token a
/// desk session's address holds, and no query string (a report's filters, a form's values).
///
/// Hummingbird's own `LogRequestsMiddleware` writes the whole address, which is why it is not used.
///
/// A page or file read that worked (GET or HEAD, below 400) is logged at debug level: kiosks ask for
/// their pages again and again, `/metrics` counts them by route already, and writing a line for each
/// took a sixteenth of a step page's time (bench/kiosk_vs_nginx.sh). What changes something (a form
/// sent, a session started) and every refusal or failure stay at info.
struct RequestLogMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            let response = try await next(request, context)
            log(request, context, status: response.status.code)
            return response
        } catch let error as any HTTPResponseError {
            log(request, context, status: error.status.code)
            throw error
        } catch {
            log(request, context, status: 500)
            throw error
        }
    }

    private func log(_ request: Request, _ context: Context, status: Int) {
        let read = (request.method == .get || request.method == .head) && status < 400
        context.logger.log(
            level: read ? .debug : .info,
            "Request",
            metadata: [
                "hb.request.method": .string(request.method.rawValue),
                // The route's pattern once routed; an address no route matched is not written either.
                "hb.request.route": .string(context.endpointPath ?? "(no route)"),
                "hb.response.status": .stringConvertible(status),
            ])
    }
}
