import Foundation
import ProcedureModel
import Testing

@testable import EventLog

/// The durability chosen at opening is the one SQLite applies, and both keep what they acknowledge.
@Suite struct DurabilityTests {
    @Test(arguments: [(SQLiteEventStore.Durability.processCrash, 1), (.powerCut, 2)])
    func eachDurabilitySetsItsSynchronousLevel(durability: SQLiteEventStore.Durability, level: Int) async throws {
        let path = try temporaryFolder().appendingPathComponent("log.sqlite").path
        let store = try SQLiteEventStore(path: path, durability: durability)
        #expect(try store.synchronousLevel() == level)
        try await store.append(everyKind())
        try store.close()
        var read: [GuideEvent] = []
        try await SQLiteEventStore(path: path).forEachEvent(matching: .all) { read.append($0) }
        #expect(read == everyKind())
    }
}
