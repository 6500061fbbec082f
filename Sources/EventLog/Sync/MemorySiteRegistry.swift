import Foundation
public import ProcedureModel
import Synchronization

/// A site registry in memory: for tests, and a central server that must keep nothing.
public final class MemorySiteRegistry: SiteRegistry {
    private struct Entry {
        var site: RegisteredSite
        var keyHash: Data
    }

    private let entries = Mutex<[String: Entry]>([:])

    public init() {}

    public func add(name: String, at time: MillisecondsSince1970) async throws -> String {
        try SiteRegistryError.check(name)
        let key = SiteKey.generate()
        guard let hash = SiteKey.hash(key) else { throw SiteRegistryError.invalidName(name) }
        try entries.withLock { entries throws(SiteRegistryError) in
            guard entries[name] == nil else { throw .nameTaken(name) }
            entries[name] = Entry(site: RegisteredSite(name: name, addedAt: time), keyHash: hash)
        }
        return key
    }

    public func sites() async throws -> [RegisteredSite] {
        entries.withLock { $0.values.map(\.site) }.sorted { $0.name < $1.name }
    }

    public func revoke(name: String, at time: MillisecondsSince1970) async throws {
        try entries.withLock { entries throws(SiteRegistryError) in
            guard entries[name] != nil else { throw .unknownSite(name) }
            if entries[name]?.site.revokedAt == nil { entries[name]?.site.revokedAt = time }
        }
    }

    public func site(forKey key: String) async throws -> String? {
        guard let hash = SiteKey.hash(key) else { return nil }
        return entries.withLock { entries in
            entries.values.first { $0.keyHash == hash && $0.site.revokedAt == nil }?.site.name
        }
    }
}
