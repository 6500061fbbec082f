import EventLog
import Foundation
public import Logging
import Metrics
public import ServiceLifecycle

/// The site server's background shipping: every `interval`, whatever waits goes to the central
/// server; after a failure, the next try waits by ``Backoff``. Kiosks and the console never wait
/// for it: they append to the site's own log, and this service reads it.
///
/// `/metrics` shows `ariane_sync_events_waiting` and `ariane_sync_oldest_waiting_seconds`.
public struct ShippingService: Service {
    let shipper: SiteShipper
    let backoff: Backoff
    let interval: Double
    let logger: Logger

    public init(shipper: SiteShipper, backoff: Backoff = Backoff(), intervalSeconds: Double = 1, logger: Logger) {
        self.shipper = shipper
        self.backoff = backoff
        self.interval = intervalSeconds
        self.logger = logger
    }

    public func run() async throws {
        await cancelWhenGracefulShutdown { await shipUntilCancelled() }
    }

    private func shipUntilCancelled() async {
        let waiting = Gauge(label: "ariane_sync_events_waiting")
        let oldest = Gauge(label: "ariane_sync_oldest_waiting_seconds")
        var failures = 0
        var generator = SystemRandomNumberGenerator()
        while !Task.isCancelled {
            do {
                let shipped = try await shipper.shipAll()
                // A line when the link comes back; the steady trickle of a busy site only at debug level.
                if failures > 0 {
                    logger.info("sync: shipping again", metadata: ["events": "\(shipped)", "after_failures": "\(failures)"])
                } else if shipped > 0 {
                    logger.debug("sync: shipped", metadata: ["events": "\(shipped)"])
                }
                failures = 0
            } catch {
                failures += 1
                // Logged once per outage and then every tenth try: a day offline is not 80 000 lines.
                if failures == 1 || failures % 10 == 0 {
                    logger.warning("sync: not shipped", metadata: ["error": "\(error)", "failures": "\(failures)"])
                }
            }
            await report(waiting: waiting, oldest: oldest)
            let pause = failures == 0 ? interval : backoff.delay(afterFailures: failures, using: &generator)
            try? await Task.sleep(for: .milliseconds(Int64(pause * 1000)))
        }
    }

    private func report(waiting: Gauge, oldest: Gauge) async {
        guard let (count, time) = try? await shipper.store.waiting() else { return }
        waiting.record(count)
        let age = time.map { max(0, Date().timeIntervalSince1970 - Double($0) / 1000) } ?? 0
        oldest.record(age)
    }
}
