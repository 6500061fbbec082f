import Foundation

/// A point on the Earth in WGS 84 degrees, as both schemas give it.
public struct Coordinates: Sendable, Hashable, Codable {
    public var latitude: Double
    public var longitude: Double

    public init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }

    /// Reads "LAT,LON" (`--near 48.85,2.35`); nil when it is not two numbers in range.
    public init?(_ text: String) {
        let parts = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, let latitude = Double(parts[0]), let longitude = Double(parts[1]),
            Coordinates.isLatitude(latitude), Coordinates.isLongitude(longitude)
        else { return nil }
        self.init(latitude: latitude, longitude: longitude)
    }

    public static func isLatitude(_ value: Double) -> Bool { value.isFinite && abs(value) <= 90 }
    public static func isLongitude(_ value: Double) -> Bool { value.isFinite && abs(value) <= 180 }

    /// Great-circle distance in metres (haversine, mean Earth radius): within 0.5 % of the ellipsoid,
    /// which is plenty to say which help point is closest.
    public func distance(to other: Coordinates) -> Double {
        let radius = 6_371_008.8
        let latitude1 = latitude * .pi / 180
        let latitude2 = other.latitude * .pi / 180
        let latitudeStep = latitude2 - latitude1
        let longitudeStep = (other.longitude - longitude) * .pi / 180
        let a = sin(latitudeStep / 2) * sin(latitudeStep / 2) + cos(latitude1) * cos(latitude2) * sin(longitudeStep / 2) * sin(longitudeStep / 2)
        return 2 * radius * atan2(a.squareRoot(), (1 - a).squareRoot())
    }
}
