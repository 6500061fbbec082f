import EventLog
import Hummingbird
import HummingbirdTesting
import Logging
import ProcedureModel
import Synchronization
import Testing

@testable import GuideServer

/// The server's time, moved by the test: it starts on 2026-11-27 at 09:00 UTC.
final class HandClock: Sendable {
    static let start: Int64 = 1_795_770_000_000
    private let time = Mutex(HandClock.start)

    var now: Int64 { time.withLock { $0 } }

    var clock: GuideClock { GuideClock.movedByHand { self.now } }

    func advance(milliseconds: Int64) {
        time.withLock { $0 += milliseconds }
    }

    func advance(seconds: Int64) {
        advance(milliseconds: seconds * 1000)
    }
}

/// Log records kept in memory, to read what the server said.
final class LogRecords: Sendable {
    struct Record: Sendable, Equatable {
        var level: Logger.Level
        var message: String
        var metadata: [String: String]
    }

    private let records = Mutex<[Record]>([])

    var all: [Record] { records.withLock { $0 } }

    var logger: Logger {
        Logger(label: "test") { _ in Handler(records: self) }
    }

    private struct Handler: LogHandler {
        let records: LogRecords
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .info

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            let fields = metadata.merging(event.metadata ?? [:]) { $1 }.mapValues(\.description)
            records.records.withLock { $0.append(Record(level: event.level, message: event.message.description, metadata: fields)) }
        }
    }
}

/// The idle sweep as `ariane serve` starts it, run by hand, on the kiosk harness's fixtures.
struct SweepHarness {
    let kiosk: KioskHarness
    let clock = HandClock()
    let log = LogRecords()

    init() throws {
        kiosk = try KioskHarness()
    }

    /// Builds the server on the hand clock (by default on the kiosk's settings and in-memory store), and
    /// hands `body` its sweep.
    func run(
        _ settings: ServerSettings? = nil, store: (any EventStore)? = nil,
        _ body: @Sendable (any TestClientProtocol, IdleSweep) async throws -> Void
    ) async throws {
        let app = try await buildApplication(
            settings ?? kiosk.settings, store: store ?? kiosk.store, logger: log.logger, clock: clock.clock)
        let sweep = try #require(app.services.lazy.compactMap { $0 as? IdleSweep }.first)
        try await app.test(.router) { client in try await body(client, sweep) }
    }

    /// The events in the kiosk harness's store.
    func events() async throws -> [GuideEvent] {
        try await kiosk.events()
    }

    /// The lines the sweep logged.
    var sweepLines: [LogRecords.Record] {
        log.all.filter { $0.message.contains("nobody touched") }
    }
}

/// An event store that refuses appends while told to, as a full disk does, and keeps the rest.
final class RefusingStore: InMemoryStoreDouble {
    let kept = MemoryEventStore()
    private let refusing = Mutex(false)

    func refuse(_ refuse: Bool) {
        refusing.withLock { $0 = refuse }
    }

    func append(_ events: [GuideEvent]) async throws {
        if refusing.withLock({ $0 }) {
            throw EventStoreError(path: "refusing.sqlite", problem: .full(unsaved: events.count))
        }
        try await kept.append(events)
    }
}
