import Directory
import Foundation
import GuideEngine
import ProcedureModel

/// The places near the site that the help, hand-off and outcome screens show: read once from
/// `directory.sqlite` at start-up, and only those within reach (``radiusMeters``) kept in memory.
final class NearbyHelp: Sendable {
    /// Farther than this, a place is no help to someone standing at the kiosk.
    static let radiusMeters = 30_000.0
    /// What every procedure's resident needs from a place, whatever else the step names.
    static let generalNeeds = ["aide aux démarches administratives", "démarches administratives", "France Services", "Aidants Connect"]
    static let shown = 3

    let site: SitePlace
    let places: [Place]

    init(site: SitePlace, places: [Place]) {
        self.site = site
        self.places = places.filter { place in
            place.coordinates.map { site.coordinates.distance(to: $0) <= Self.radiusMeters } ?? false
        }
    }

    /// The site's places, when it has a place and a directory; nil otherwise (the screens then show none).
    static func load(_ settings: ServerSettings) throws -> NearbyHelp? {
        guard let site = settings.sitePlace else { return nil }
        let path = settings.dataDirectory + "/" + SQLiteDirectoryStore.fileName
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        return NearbyHelp(site: site, places: try SQLiteDirectoryStore(path: path).currentPlaces())
    }

    /// The 3 nearest places offering what `step` needs (its help points name organisations: "caf",
    /// "ccas"…), open soonest first, in `language`.
    func view(for step: Step?, language: String, at date: Date) -> NearbyHelpView? {
        let need = PlaceNeed(anyOf: Self.generalNeeds + (step?.helpPoints.map(\.id) ?? []))
        let nearby = Nearest.openSoonestFirst(Nearest.places(places, near: site.coordinates, need: need, limit: Self.shown, at: date), at: date)
        guard !nearby.isEmpty else { return nil }
        return NearbyHelpView(
            title: NearbyWords.title(language),
            places: nearby.map { item in
                var isOpen = false
                if case .open = item.opening { isOpen = true }
                return NearbyPlaceItem(
                    name: item.place.name, address: item.place.address.oneLine, distance: item.distanceText(language: language),
                    opening: OpeningPhrases.phrase(item.opening, language: language), isOpen: isOpen, phone: item.place.phone)
            })
    }
}

/// What the `nearby-places` partial shows.
struct NearbyHelpView {
    let title: String
    let places: [NearbyPlaceItem]
}

struct NearbyPlaceItem {
    let name: String
    let address: String
    let distance: String
    let opening: String
    let isOpen: Bool
    let phone: String?
}

/// The heading above the nearby places, in the kiosk's languages.
enum NearbyWords {
    static func title(_ language: String) -> String {
        switch language.prefix(2) {
        case "en": "Near here, people who can help you"
        case "ar": "بالقرب من هنا، أشخاص يمكنهم مساعدتك"
        default: "Près d'ici, des personnes peuvent vous aider"
        }
    }
}
