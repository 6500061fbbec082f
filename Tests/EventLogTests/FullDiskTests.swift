import Foundation
import ProcedureModel
import Testing

@testable import EventLog

/// A full disk fails the batch that did not fit, says so, and keeps every acknowledged event.
@Suite struct FullDiskTests {
    /// Appends batches of `size` events until one fails; returns how many were acknowledged and the failure.
    func fill(_ store: SQLiteEventStore, batch size: Int) async -> (acknowledged: Int, failure: (any Error)?) {
        var acknowledged = 0
        for batch in 0..<10_000 {
            let events = (0..<size).map { index in
                GuideEvent(
                    session: "session-\(batch)", procedure: "css", procedureVersion: "1", step: "étape-\(index % 40)",
                    kind: .answered, time: nineOClock + Int64(batch * size + index), channel: .kiosk, locale: "fr",
                    value: "valeur-\(batch)-\(index)"
                )
            }
            do {
                try await store.append(events)
                acknowledged += size
            } catch {
                return (acknowledged, error)
            }
        }
        return (acknowledged, nil)
    }

    @Test func aDatabaseAtItsSizeLimitRefusesTheBatchAndKeepsTheRest() async throws {
        let path = try temporaryFolder().appendingPathComponent("log.sqlite").path
        let store = try SQLiteEventStore(path: path)
        // SQLite's own quota: the same SQLITE_FULL as a full disk, on any machine.
        try limit(store, toPages: 60)
        let (acknowledged, failure) = await fill(store, batch: 100)
        #expect(acknowledged > 0)
        #expect(failure as? EventStoreError == EventStoreError(path: path, problem: .full(unsaved: 100)))
        #expect(
            (failure as? EventStoreError)?.description
                == "\(path): error: the disk is full (or the event log reached its size limit): 100 events were not saved; earlier events are intact")
        #expect(try await store.count(matching: .all) == acknowledged)
        #expect(try store.integrityProblems() == [])
        try store.close()
        let reopened = try SQLiteEventStore(path: path)
        #expect(try await reopened.count(matching: .all) == acknowledged)
    }

    func limit(_ store: SQLiteEventStore, toPages pages: Int) throws { try store.limitSize(toPages: pages) }

    @Test(.enabled(if: TinyDisk.canMount, "needs root to mount a 1 MB tmpfs"))
    func aReallyFullDiskRefusesTheBatchAndKeepsTheRest() async throws {
        let disk = try TinyDisk()
        defer { disk.unmount() }
        let path = disk.folder.appendingPathComponent("ariane.sqlite").path
        let (acknowledged, failure) = await {
            do {
                return await fill(try SQLiteEventStore(path: path), batch: 200)
            } catch {
                return (0, error)
            }
        }()
        #expect(acknowledged > 0)
        #expect(failure as? EventStoreError == EventStoreError(path: path, problem: .full(unsaved: 200)))
        let reopened = try SQLiteEventStore(path: path)
        #expect(try await reopened.count(matching: .all) == acknowledged)
        #expect(try reopened.integrityProblems() == [])
    }
}

/// A 1 MB tmpfs: a disk that really fills up. Mounting needs root (CI and this sandbox run as root).
struct TinyDisk {
    let folder: URL

    static let canMount: Bool = {
        guard getuid() == 0, let disk = try? TinyDisk() else { return false }
        disk.unmount()
        return true
    }()

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("tiny-disk-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let mount = Process()
        mount.executableURL = URL(fileURLWithPath: "/bin/mount")
        mount.arguments = ["-t", "tmpfs", "-o", "size=1M", "tmpfs", folder.path]
        try mount.run()
        mount.waitUntilExit()
        guard mount.terminationStatus == 0 else { throw CocoaError(.fileWriteNoPermission) }
    }

    func unmount() {
        let umount = Process()
        umount.executableURL = URL(fileURLWithPath: "/bin/umount")
        umount.arguments = [folder.path]
        try? umount.run()
        umount.waitUntilExit()
        try? FileManager.default.removeItem(at: folder)
    }
}
