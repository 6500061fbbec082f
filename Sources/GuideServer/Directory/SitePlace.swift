public import Directory

/// Where the site is: the point its kiosks measure distances from, and its commune.
public struct SitePlace: Sendable, Equatable {
    public var coordinates: Coordinates
    /// The INSEE commune code (not the postcode), when the site gives it.
    public var inseeCode: String?

    public init(coordinates: Coordinates, inseeCode: String? = nil) {
        self.coordinates = coordinates
        self.inseeCode = inseeCode
    }

    /// From `--near LAT,LON`; nil when it is not two numbers in range.
    public init?(near: String, inseeCode: String? = nil) {
        guard let coordinates = Coordinates(near) else { return nil }
        self.init(coordinates: coordinates, inseeCode: inseeCode)
    }
}
