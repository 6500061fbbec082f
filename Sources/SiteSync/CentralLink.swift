public import EventLog
public import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The site's line to the central server: one `POST /api/v1/sync/events` per batch, with the site's key.
public struct CentralLink: Sendable {
    /// The central server's address, such as `https://ariane.example.fr`.
    public var upstream: URL
    var key: String
    /// How long one batch may take, sent and answered, before it counts as lost.
    public var timeoutSeconds: Double

    let session: URLSession

    public init(upstream: URL, key: String, timeoutSeconds: Double = 30) {
        self.upstream = upstream
        self.key = key
        self.timeoutSeconds = timeoutSeconds
        // A session of its own: on Linux the session's request timeout (60 s by default) wins over the request's.
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeoutSeconds
        configuration.timeoutIntervalForResource = timeoutSeconds
        session = URLSession(configuration: configuration)
    }

    /// Reads the key from `file` (its first line; surrounding blanks ignored).
    public init(upstream: URL, keyFile: String, timeoutSeconds: Double = 30) throws(ShippingError) {
        guard let text = try? String(contentsOfFile: keyFile, encoding: .utf8),
            let line = text.split(whereSeparator: \.isNewline).first?.trimmingCharacters(in: .whitespaces), !line.isEmpty
        else {
            throw .keyFileUnreadable(keyFile)
        }
        self.init(upstream: upstream, key: line, timeoutSeconds: timeoutSeconds)
    }

    /// Sends `events` and returns the central server's answer once it has stored every one of them.
    public func send(_ events: [SiteEvent]) async throws(ShippingError) -> ReceivedBatch {
        let address = upstream.appendingPathComponent("api/v1/sync/events")
        var request = URLRequest(url: address, timeoutInterval: timeoutSeconds)
        request.httpMethod = "POST"
        // The compact format: a tenth of JSON's bytes, and a fraction of its CPU on both sides.
        request.setValue(SiteEventBinaryBatch.contentType, forHTTPHeaderField: "Content-Type")
        request.setValue("Bearer \(key)", forHTTPHeaderField: "Authorization")
        let data: Data
        let response: URLResponse
        do {
            request.httpBody = SiteEventBinaryBatch.encode(events)
            (data, response) = try await session.data(for: request)
        } catch {
            throw .unreachable(address.absoluteString, "\(error.localizedDescription)")
        }
        let status = (response as? HTTPURLResponse)?.statusCode ?? 0
        guard status == 200 else {
            throw .refused(address.absoluteString, status: status, String(decoding: data.prefix(2000), as: UTF8.self))
        }
        do {
            return try JSONDecoder().decode(ReceivedBatch.self, from: data)
        } catch {
            throw .unreadableAnswer(address.absoluteString, String(decoding: data.prefix(200), as: UTF8.self))
        }
    }
}
