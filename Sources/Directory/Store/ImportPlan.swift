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
        let (encoder, decoder) = PlaceJSON.coders()
        var seen = Set<String>()
        for var place in places {
            let id = place.id
            seen.insert(id)
            let old = existing[id].flatMap { try? PlaceJSON.decode($0.body, with: decoder) }
            // Neither schema carries languages or a holiday closure: what a site's workers set stays.
            if place.languages.isEmpty, let old { place.languages = old.languages }
            if place.closedUntil == nil, let old { place.closedUntil = old.closedUntil }
            let body = try PlaceJSON.encode(place, with: encoder)
            if let current = existing[id], current.body == body, current.retired == nil {
                summary.unchanged += 1
                continue
            }
            if existing[id] == nil { summary.added += 1 } else { summary.updated += 1 }
            upserts.append((id, body))
        }
        let kept = Set(refusedIDs.map { feed.rawValue + "/" + $0 })
        for (id, current) in existing where current.retired == nil && !seen.contains(id) && !kept.contains(id) {
            guard var place = try? PlaceJSON.decode(current.body, with: decoder) else { continue }
            place.retired = day
            retirements.append((id, try PlaceJSON.encode(place, with: encoder)))
            summary.retired += 1
        }
    }
}

/// How a store writes a place as text: sorted keys, so that an unchanged place encodes to the same
/// text and is not rewritten. A whole import or read uses one coder (``coders()``): making one per
/// place costs more than the coding.
package enum PlaceJSON {
    static func coders() -> (encoder: JSONEncoder, decoder: JSONDecoder) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (encoder, JSONDecoder())
    }

    package static func encode(_ place: Place) throws -> String {
        try encode(place, with: coders().encoder)
    }

    package static func decode(_ text: String) throws -> Place {
        try decode(text, with: JSONDecoder())
    }

    /// Every place of `bodies`, with one decoder.
    package static func decodeAll(_ bodies: [String]) throws -> [Place] {
        let decoder = JSONDecoder()
        return try bodies.map { try decode($0, with: decoder) }
    }

    static func encode(_ place: Place, with encoder: JSONEncoder) throws -> String {
        String(decoding: try encoder.encode(place), as: UTF8.self)
    }

    static func decode(_ text: String, with decoder: JSONDecoder) throws -> Place {
        try decoder.decode(Place.self, from: Data(text.utf8))
    }
}
