import EventLog
import Foundation
import Hummingbird
import Logging
import ProcedureModel

/// `POST /api/v1/sync/events`: a site's batch of events, sent with the site's key as bearer token.
///
/// Answers `{stored, alreadyStored}` once every event of the batch is stored exactly once; 401 for a
/// key unknown or revoked, 400 for a body that is not a batch, 413 past ``CentralSync/maxBatchBytes``,
/// 409 (logged) when the batch reuses a sequence with another content or names another site: then
/// nothing of it is stored.
struct SyncController {
    let central: CentralSync

    func addRoutes(to router: Router<AppContext>) {
        router.group("api/v1/sync").post("events", use: receive)
    }

    @Sendable func receive(_ request: Request, context: AppContext) async throws -> Response {
        let site = try await sendingSite(request)
        var request = request
        let body = try await request.collectBody(upTo: central.maxBatchBytes)
        let batch = try Self.batch(body, contentType: request.headers[.contentType])
        try Self.checkRanges(batch)
        let receipt: ReceivedBatch
        do {
            receipt = try await central.receiver.receive(batch.events, from: site)
        } catch let refusal as SiteSyncError {
            context.logger.error(
                "sync: batch refused", metadata: ["site": "\(site)", "events": "\(batch.events.count)", "reason": "\(Self.explain(refusal))"])
            throw HTTPError(.conflict, message: Self.explain(refusal))
        }
        if receipt.alreadyStored > 0 {
            // The site did not hear an earlier answer (a cut line, a restart): worth a line, not a refusal.
            context.logger.info(
                "sync: replayed events acknowledged again",
                metadata: ["site": "\(site)", "stored": "\(receipt.stored)", "alreadyStored": "\(receipt.alreadyStored)"])
        }
        var headers = HTTPFields()
        headers[.contentType] = "application/json"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: try JSONEncoder().encode(receipt))))
    }

    /// The events of a body in the compact format (``SiteEventBinaryBatch``, what sites send), or
    /// else in JSON (what sites sent before it, and still may: a network's sites are updated one at
    /// a time, after the central).
    static func batch(_ body: ByteBuffer, contentType: String?) throws -> SiteEventBatch {
        let mediaType = contentType?.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased()
        if mediaType == SiteEventBinaryBatch.contentType {
            do {
                return SiteEventBatch(events: try body.withUnsafeReadableBytes { bytes in try SiteEventBinaryBatch.decode(bytes) })
            } catch {
                throw HTTPError(.badRequest, message: "the body is not a batch of site events in \(SiteEventBinaryBatch.contentType): \(error)")
            }
        }
        do {
            return try JSONDecoder().decode(SiteEventBatch.self, from: Data(body.readableBytesView))
        } catch {
            throw HTTPError(.badRequest, message: "the body is not a batch of site events ({\"events\": [{\"sequence\", \"event\"}, …]}): \(error)")
        }
    }

    /// The site whose key is the bearer token, or 401.
    private func sendingSite(_ request: Request) async throws -> String {
        var headers = HTTPFields()
        headers[.wwwAuthenticate] = "Bearer"
        guard let header = request.headers[.authorization], header.hasPrefix("Bearer ") else {
            throw HTTPError(.unauthorized, headers: headers, message: "send the site's key as 'Authorization: Bearer <key>'")
        }
        guard let site = try await central.registry.site(forKey: String(header.dropFirst("Bearer ".count))) else {
            headers[.wwwAuthenticate] = "Bearer error=\"invalid_token\""
            throw HTTPError(.unauthorized, headers: headers, message: "this key belongs to no site, or its site was revoked (ariane site list)")
        }
        return site
    }

    /// The largest integer every JSON reader keeps exact (2^53 - 1): the bound of sequences and times.
    static let largestExactInteger: Int64 = 9_007_199_254_740_991

    /// Sequences from 1, times from 1970, counts that fit 32 bits (docs/openapi.yaml): anything
    /// else is no event a site recorded.
    static func checkRanges(_ batch: SiteEventBatch) throws {
        for item in batch.events {
            guard (1...largestExactInteger).contains(item.sequence) else {
                throw HTTPError(.badRequest, message: "sequence \(item.sequence): a sequence runs from 1 to \(largestExactInteger)")
            }
            guard (0...largestExactInteger).contains(item.event.time) else {
                throw HTTPError(
                    .badRequest, message: "event \(item.sequence): time \(item.event.time) is not milliseconds since 1970 (0 to \(largestExactInteger))")
            }
            if let count = item.event.count, !(0...Int(Int32.max)).contains(count) {
                throw HTTPError(.badRequest, message: "event \(item.sequence): count \(count) is not from 0 to \(Int32.max)")
            }
        }
    }

    static func explain(_ refusal: SiteSyncError) -> String {
        switch refusal {
        case .sequenceReused(let site, let terminal, let sequence):
            "site '\(site)', terminal '\(terminal)': sequence \(sequence) was already stored with another content; nothing of this batch was stored (a site whose log was rebuilt, or one key used by two sites)"
        case .foreignSite(let keySite, let eventSite, let sequence):
            "event \(sequence) names the site '\(eventSite ?? "(none)")', but the key is that of site '\(keySite)': a site sends only its own events; nothing of this batch was stored"
        }
    }
}
