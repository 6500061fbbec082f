import Foundation

/// A place as a store keeps it: its JSON text (``PlaceJSON``) and the day it was retired.
package struct StoredPlace: Sendable {
    package var body: String
    package var retired: String?

    package init(body: String, retired: String?) {
        self.body = body
        self.retired = retired
    }
}

/// What applying one feed of an import batch writes, worked out from what the store holds: every store
/// follows the same rules (what workers set survives, an unchanged place is not rewritten, a refused
/// row retires nothing) and only says how to read and write rows.
package struct ImportPlan: Sendable {
    /// Places to insert or replace, not retired: id and JSON text.
    package var upserts: [(id: String, body: String)] = []
    /// Current places the batch no longer holds: id, and JSON text with the retirement day.
    package var retirements: [(id: String, body: String)] = []
    package var summary = ImportSummary()

    /// `existing`: the feed's stored places by id; `refusedIDs`: source ids of rows refused in this file.
    package init(feed: Feed, places: [Place], existing: [String: StoredPlace], refusedIDs: Set<String>, day: String) throws {
        var seen = Set<String>()
        for var place in places {
            let id = place.id
            seen.insert(id)
            let old = existing[id].flatMap { try? PlaceJSON.decode($0.body) }
            // Neither schema carries languages or a holiday closure: what a site's workers set stays.
            if place.languages.isEmpty, let old { place.languages = old.languages }
            if place.closedUntil == nil, let old { place.closedUntil = old.closedUntil }
            let body = try PlaceJSON.encode(place)
            if let current = existing[id], current.body == body, current.retired == nil {
                summary.unchanged += 1
                continue
            }
            if existing[id] == nil { summary.added += 1 } else { summary.updated += 1 }
            upserts.append((id, body))
        }
        let kept = Set(refusedIDs.map { feed.rawValue + "/" + $0 })
        for (id, current) in existing where current.retired == nil && !seen.contains(id) && !kept.contains(id) {
            guard var place = try? PlaceJSON.decode(current.body) else { continue }
            place.retired = day
            retirements.append((id, try PlaceJSON.encode(place)))
            summary.retired += 1
        }
    }
}

/// How a store writes a place as text: sorted keys, so that an unchanged place encodes to the same
/// text and is not rewritten.
package enum PlaceJSON {
    package static func encode(_ place: Place) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(place), as: UTF8.self)
    }

    package static func decode(_ text: String) throws -> Place {
        try JSONDecoder().decode(Place.self, from: Data(text.utf8))
    }
}
