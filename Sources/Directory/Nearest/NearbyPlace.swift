public import Foundation

/// A place with its distance from the site and whether it is open.
public struct NearbyPlace: Sendable {
    public var place: Place
    public var distanceMeters: Double
    public var opening: OpeningStatus

    public init(place: Place, distanceMeters: Double, opening: OpeningStatus) {
        self.place = place
        self.distanceMeters = distanceMeters
        self.opening = opening
    }

    /// "350 m", "1,2 km" (French decimal comma), "12 km".
    public func distanceText(language: String) -> String {
        if distanceMeters < 1000 { return "\(Int((distanceMeters / 10).rounded()) * 10) m" }
        if distanceMeters < 10_000 {
            let tenths = Int((distanceMeters / 100).rounded())
            let separator = language.hasPrefix("en") ? "." : ","
            return "\(tenths / 10)\(separator)\(tenths % 10) km"
        }
        return "\(Int((distanceMeters / 1000).rounded())) km"
    }
}

/// The places near a point that meet a need.
public enum Nearest {
    /// The `limit` nearest current places meeting `need`, with coordinates, nearest first.
    public static func places(
        _ places: [Place], near point: Coordinates, need: PlaceNeed = PlaceNeed(), limit: Int, at date: Date
    ) -> [NearbyPlace] {
        var found: [(place: Place, distance: Double)] = []
        for place in places where place.retired == nil {
            guard let coordinates = place.coordinates, need.isMet(by: place) else { continue }
            found.append((place, point.distance(to: coordinates)))
        }
        // Ties (same building) broken by id, so the order never depends on the store's.
        found.sort { ($0.distance, $0.place.id) < ($1.distance, $1.place.id) }
        return found.prefix(max(0, limit)).map { item in
            let opening = item.place.hours.map { OpeningHours($0).status(at: date, closedUntil: item.place.closedUntil) } ?? .unknown
            return NearbyPlace(place: item.place, distanceMeters: item.distance, opening: opening)
        }
    }

    /// The same places, open soonest first (then nearest): what the help screens show.
    public static func openSoonestFirst(_ nearby: [NearbyPlace], at date: Date) -> [NearbyPlace] {
        let minute = OpeningHours.localTime(date).minute
        return nearby.enumerated().sorted { left, right in
            let (a, b) = (left.element.opening.minutesUntilOpen(from: minute), right.element.opening.minutesUntilOpen(from: minute))
            return a != b ? a < b : left.offset < right.offset
        }.map(\.element)
    }
}
