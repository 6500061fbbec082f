import AsyncHTTPClient
public import EventLog
public import Foundation
import NIOCore
import NIOHTTP1

/// The site's line to the central server: one `POST /api/v1/sync/events` per batch, with the site's key.
///
/// Sent with AsyncHTTPClient, not Foundation's URLSession: on Linux, URLSession keeps the libcurl socket's
/// write source armed once the body is sent, so while the central server works on a batch the waiting
/// site spins (epoll says "writable", libcurl polls for reading and finds nothing, over and over): with a
/// PostgreSQL central, 10 sites burnt 35 times the CPU of the drain itself and took it from the central.
public struct CentralLink: Sendable {
    /// The central server's address, such as `https://ariane.example.fr`.
    public var upstream: URL
    var key: String
    /// How long one batch may take, sent and answered, before it counts as lost.
    public var timeoutSeconds: Double

    public init(upstream: URL, key: String, timeoutSeconds: Double = 30) {
        self.upstream = upstream
        self.key = key
        self.timeoutSeconds = timeoutSeconds
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

    /// The process's one client: its connection to the central server is kept between batches. A central
    /// server that cannot be reached fails the batch at once (the shipper has its own backoff) instead of
    /// being tried again inside the client until the batch's time is up.
    private static let client: HTTPClient = {
        var configuration = HTTPClient.Configuration()
        configuration.connectionPool.retryConnectionEstablishment = false
        configuration.timeout.connect = .seconds(10)
        return HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
    }()

    /// Sends `events` and returns the central server's answer once it has stored every one of them.
    public func send(_ events: [SiteEvent]) async throws(ShippingError) -> ReceivedBatch {
        let address = upstream.appendingPathComponent("api/v1/sync/events").absoluteString
        var request = HTTPClientRequest(url: address)
        request.method = .POST
        // The compact format: a tenth of JSON's bytes, and a fraction of its CPU on both sides.
        request.headers.add(name: "Content-Type", value: SiteEventBinaryBatch.contentType)
        request.headers.add(name: "Authorization", value: "Bearer \(key)")
        request.body = .bytes(ByteBuffer(bytes: SiteEventBinaryBatch.encode(events)))
        let status: UInt
        let body: ByteBuffer
        do {
            let deadline = NIODeadline.now() + .nanoseconds(Int64(timeoutSeconds * 1e9))
            let response = try await Self.client.execute(request, deadline: deadline)
            status = response.status.code
            // A receipt is a few dozen bytes; a refusal's text is kept to its first 2 000 bytes below.
            body = try await response.body.collect(upTo: 1 << 20)
        } catch {
            throw .unreachable(address, "\(error)")
        }
        guard status == 200 else {
            throw .refused(address, status: Int(status), String(decoding: body.readableBytesView.prefix(2000), as: UTF8.self))
        }
        do {
            return try JSONDecoder().decode(ReceivedBatch.self, from: Data(body.readableBytesView))
        } catch {
            throw .unreadableAnswer(address, String(decoding: body.readableBytesView.prefix(200), as: UTF8.self))
        }
    }
}
