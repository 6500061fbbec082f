public import Hummingbird
import Foundation

/// The request context of every route: Hummingbird's core storage, and forms or JSON decoded alike.
public struct AppContext: RequestContext {
    public var coreContext: CoreRequestContextStorage

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
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
