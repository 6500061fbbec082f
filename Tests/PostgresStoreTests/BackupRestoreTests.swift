import BlockageAnalytics
import EventLog
import Foundation
import PostgresStore
import PostgresTestSupport
import ProcedureModel
import Testing

/// docs/deployment.md's nightly backup, done for real: `pg_dump --format=custom`, then `pg_restore`
/// into an empty database, stopping at the first error. The restored central takes new events,
/// with contexts it knew and new ones, and reports what was appended to it.
@Suite(.enabled(if: TestDatabase.runs)) struct BackupRestoreTests {
    @Test func aDumpRestoresIntoACentralThatGoesOn() async throws {
        let url = try await TestDatabase.fresh()
        let store = try await PostgresEventStore(url: url)
        let before = [
            event("a", at: nineOClock), event("a", at: nineOClock + 1_000, kind: .completed),
            event("b", at: nineOClock + 2_000, site: nil), event("b", at: nineOClock + 3_000, kind: .abandoned, site: nil),
        ]
        try await store.append(before)
        store.close()

        let dump = FileManager.default.temporaryDirectory.appendingPathComponent("ariane-\(UUID().uuidString).dump")
        defer { try? FileManager.default.removeItem(at: dump) }
        try await Self.run("pg_dump", ["--format=custom", "--file=\(dump.path)", "--dbname=\(Self.connectionString(url))"])
        let restoredURL = try await TestDatabase.fresh()
        try await Self.run("pg_restore", ["--exit-on-error", "--no-owner", "--dbname=\(Self.connectionString(restoredURL))", dump.path])

        let restored = try await PostgresEventStore(url: restoredURL)
        defer { restored.close() }
        let after = [event("c", at: nineOClock + 4_000), event("d", at: nineOClock + 5_000, site: "ccas")]
        try await restored.append(after)
        #expect(try await column("SELECT count(*)::text FROM event_context", in: restoredURL) == ["3"])
        let expected = MemoryEventStore()
        try await expected.append(before + after)
        let report = try JSONRenderer.render(try await BlockageAnalytics.report(from: restored, minimumGroup: 1, now: nineOClock))
        #expect(report == (try JSONRenderer.render(try await BlockageAnalytics.report(from: expected, minimumGroup: 1, now: nineOClock))))
    }

    private static func connectionString(_ url: PostgresURL) -> String {
        "postgresql://\(url.user)@\(url.host):\(url.port)/\(url.database)"
    }

    /// Runs a PostgreSQL client program (from PATH, else Debian's /usr/lib/postgresql/*/bin) on a thread
    /// of its own, so that waiting blocks none of the test's tasks; throws with its output when it fails.
    private static func run(_ program: String, _ arguments: [String]) async throws {
        let folders =
            (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)
            + ((try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? []).sorted().reversed()
            .map { "/usr/lib/postgresql/\($0)/bin" }
        let path = try #require(folders.map { "\($0)/\(program)" }.first { FileManager.default.isExecutableFile(atPath: $0) }, "\(program) not found")
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            Thread.detachNewThread {
                let process = Process()
                process.executableURL = URL(fileURLWithPath: path)
                process.arguments = arguments
                let output = Pipe()
                process.standardOutput = output
                process.standardError = output
                do {
                    try process.run()
                    let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                    process.waitUntilExit()
                    guard process.terminationStatus == 0 else {
                        throw Failure(description: "\(program) exited with \(process.terminationStatus): \(printed)")
                    }
                    continuation.resume()
                } catch {
                    continuation.resume(throwing: error)
                }
            }
        }
    }

    private struct Failure: Error, CustomStringConvertible {
        let description: String
    }
}
