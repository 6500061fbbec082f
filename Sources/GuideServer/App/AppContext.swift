import Foundation
public import Hummingbird
public import HummingbirdAuth
import NIOCore

/// The request context of every route: Hummingbird's core storage, and forms or JSON decoded alike.
public struct AppContext: RequestContext, AuthRequestContext, SessionRequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The console or dashboard account signed in, set by the console's sign-in middleware.
    public var identity: Account?
    /// The console's cookie session (see ``ConsoleSignIn``), loaded by its session middleware.
    public let sessions: SessionContext<ConsoleSignIn>
    /// The client's IP address, for per-address attempt limits; `nil` when unknown (router tests).
    /// The TCP peer, unless it is a trusted proxy: then the client it forwarded for
    /// (see ``ClientAddressMiddleware``).
    public internal(set) var clientAddress: String?
    /// The kiosk session behind the request's cookie, as ``PageMemoryMiddleware`` found it on the way
    /// in: the kiosk's pages use it instead of asking the session runner (an actor) a second time.
    var kioskSession: LiveSession?
    /// That session's token, read from the cookie once.
    var kioskToken: String?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        identity = nil
        sessions = .init()
        clientAddress = source.channel.remoteAddress?.ipAddress
        kioskSession = nil
        kioskToken = nil
    }

    public var requestDecoder: FormOrJSONDecoder { FormOrJSONDecoder() }
}

/// Kiosk pages post HTML forms; kiosk clients post JSON. Both decode into the same types.
public struct FormOrJSONDecoder: RequestDecoder {
    public func decode<T: Decodable>(_ type: T.Type, from request: Request, context: some RequestContext) async throws -> T {
        if request.headers[.contentType]?.hasPrefix("application/x-www-form-urlencoded") == true {
            return try await URLEncodedFormDecoder().decode(type, from: request, context: context)
        }
        return try await JSONDecoder().decode(type, from: request, context: context)
    }
}
