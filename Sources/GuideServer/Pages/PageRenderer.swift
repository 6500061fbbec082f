import Foundation
import Hummingbird
import Mustache

/// Renders server-side pages: a template for the page, inside the layout, as an HTML response.
struct PageRenderer: Sendable {
    let library: MustacheLibrary

    /// The templates shipped as package resources.
    static func bundled() async throws -> PageRenderer {
        guard let folder = Bundle.module.url(forResource: "templates", withExtension: nil) else {
            throw TemplateError(message: "the page templates are missing from the installation")
        }
        KioskHTMLEscaping.register()
        return PageRenderer(library: try await MustacheLibrary(directory: folder.path))
    }

    /// - Parameter frame: a ``PageFrame`` for kiosk pages, a ``ConsoleFrame`` for console pages.
    func render(_ template: String, _ frame: Any, status: HTTPResponse.Status = .ok) throws -> Response {
        response(ByteBuffer(string: try html(template, frame)), status: status)
    }

    /// The page's HTML alone, for a page kept and served again (``StepPages``).
    func html(_ template: String, _ frame: Any) throws -> String {
        guard let html = library.render(TemplateParent.wrapping(frame), withTemplate: template) else {
            throw TemplateError(message: "no page template named '\(template)'")
        }
        return html
    }

    /// A page's HTML as the response that carries it.
    func response(_ html: ByteBuffer, status: HTTPResponse.Status = .ok) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        // Pages can show a resident's answers: never cache them on a shared kiosk.
        headers[.cacheControl] = "no-store"
        return Response(status: status, headers: headers, body: .init(byteBuffer: html))
    }
}

struct TemplateError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

/// What every page needs around its own content: language, direction, the kiosk's words and timers.
struct PageFrame {
    var lang: String
    var dir: String
    var pageTitle: String
    /// The kiosk's words in the page's language, by name: `{{text.listen}}`.
    var text: [String: String]
    var idleSeconds: Int
    var idlePrompts: Int
    var autoplay: Bool
    var stillThereAudio: String?
    /// The text size and contrast of the resident's session (``DisplayChoice/templateValues``);
    /// `nil` outside a live kiosk session, where the controls are not offered.
    var display: [String: String]? = nil
    /// Whether the resident already said if the kiosk helped.
    var feedbackGiven = false
    /// "Je veux parler à quelqu'un" in the header: on the pages of a running session only.
    var canCall = false
    /// The button's words said aloud; `nil` on a kiosk without sound.
    var callAudio: String? = nil
    /// « traduction non relue » on every screen of a language no native speaker has read yet.
    var notReviewed: NotReviewedLine?
    /// The page's own view model; templates open it with `{{#page}}`.
    var page: Any
    /// The places near the site that can help (the `nearby-places` partial), on the help, hand-off and outcome pages.
    var nearby: NearbyHelpView? = nil
}
