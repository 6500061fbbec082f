import Foundation
import HTTPTypes
import Hummingbird

/// Headers that keep every page to what Ariane itself serves: no script but its own files, no framing
/// by another site (a kiosk page inside someone else's frame could be made to leak a tap), no content
/// sniffing, no address sent on to other sites (a desk session's address holds its token).
///
/// A route that needs a looser policy sets its own `Content-Security-Policy` (the standalone HTML
/// report, whose styles are inline so that it also works as a file); the other headers are always set.
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    /// Scripts, styles, images, sounds: only from this server; forms post only here.
    static var pagePolicy: String { SecurityHeaderValues.pagePolicy }

    /// For a page whose styles are written inline; scripts stay forbidden.
    static var inlineStylePolicy: String {
        pagePolicy.replacingOccurrences(of: "style-src 'self'", with: "style-src 'self' 'unsafe-inline'")
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            var response = try await next(request, context)
            Self.secure(&response.headers)
            return response
        } catch let error as any HTTPResponseError {
            // Error pages get the same headers: they are pages too.
            var response = try error.response(from: request, context: context)
            Self.secure(&response.headers)
            return response
        }
    }

    static func secure(_ headers: inout HTTPFields) {
        if headers[.contentSecurityPolicy] == nil { headers[.contentSecurityPolicy] = SecurityHeaderValues.pagePolicy }
        headers[.xContentTypeOptions] = "nosniff"
        // Names HTTPTypes does not spell; both are valid tokens, so they are never nil.
        if let referrerPolicy = SecurityHeaderValues.referrerPolicy { headers[referrerPolicy] = "no-referrer" }
        // For browsers older than `frame-ancestors`.
        if let frameOptions = SecurityHeaderValues.frameOptions { headers[frameOptions] = "DENY" }
    }
}

/// The headers' policy and names, made once (a generic type cannot store them): every response
/// carries them, and joining the policy and checking the names anew took time on each request.
private enum SecurityHeaderValues {
    static let pagePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; media-src 'self'; "
        + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")
    static let frameOptions = HTTPField.Name("X-Frame-Options")
}
