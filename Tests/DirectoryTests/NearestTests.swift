import Directory
import Foundation
import Testing

@Suite struct NearestTests {
    static let site = Coordinates(latitude: 48.8566, longitude: 2.3522)  // Hôtel de Ville, Paris
    static let tuesdayMorning = OpeningHoursTests.at("2026-12-08T09:30:00Z")  // 10:30 in Paris

    static func place(_ id: String, _ latitude: Double, _ longitude: Double, services: [String], hours: String? = nil, labels: [String] = []) -> Place {
        Place(
            feed: .mednum, sourceID: id, name: id, address: PostalAddress(street: "", postcode: "75000", commune: "Paris"),
            coordinates: Coordinates(latitude: latitude, longitude: longitude), services: services, labels: labels, hours: hours, updated: "2026-01-01")
    }

    @Test func haversineDistances() {
        let lyon = Coordinates(latitude: 45.7640, longitude: 4.8357)
        #expect(abs(Self.site.distance(to: lyon) - 391_500) < 1_500)
        #expect(Self.site.distance(to: Self.site) == 0)
    }

    @Test func nearestFirstAmongThoseOfferingWhatIsNeeded() {
        let places = [
            Self.place("loin", 48.90, 2.35, services: ["Aide aux démarches administratives"]),
            Self.place("proche-loisirs", 48.857, 2.3525, services: ["Loisirs et créations numériques"]),
            Self.place("proche", 48.858, 2.353, services: ["Aide aux démarches administratives"]),
            Self.place("moyen", 48.87, 2.36, services: [], labels: ["France Services"]),
        ]
        let need = PlaceNeed(anyOf: ["aide aux demarches administratives", "france services"])
        let nearby = Nearest.places(places, near: Self.site, need: need, limit: 2, at: Self.tuesdayMorning)
        #expect(nearby.map(\.place.sourceID) == ["proche", "moyen"])
        #expect(Nearest.places(places, near: Self.site, limit: 10, at: Self.tuesdayMorning).count == 4)
    }

    @Test func openSoonestFirstThenNearest() {
        let places = [
            Self.place("ferme", 48.857, 2.352, services: ["x"], hours: "We 09:00-12:00"),
            Self.place("sans-horaires", 48.858, 2.352, services: ["x"]),
            Self.place("ouvert", 48.86, 2.352, services: ["x"], hours: "Mo-Fr 09:00-17:00"),
            Self.place("ouvre-cet-apres-midi", 48.859, 2.352, services: ["x"], hours: "Tu 14:00-17:00"),
        ]
        let nearby = Nearest.places(places, near: Self.site, limit: 4, at: Self.tuesdayMorning)
        #expect(nearby.map(\.place.sourceID) == ["ferme", "sans-horaires", "ouvre-cet-apres-midi", "ouvert"])
        let shown = Nearest.openSoonestFirst(nearby, at: Self.tuesdayMorning)
        #expect(shown.map(\.place.sourceID) == ["ouvert", "ouvre-cet-apres-midi", "ferme", "sans-horaires"])
    }

    @Test func retiredPlacesAndPlacesWithoutCoordinatesAreNotShown() {
        var retired = Self.place("retire", 48.857, 2.352, services: ["x"])
        retired.retired = "2026-12-01"
        var nowhere = Self.place("nulle-part", 0, 0, services: ["x"])
        nowhere.coordinates = nil
        #expect(Nearest.places([retired, nowhere], near: Self.site, limit: 3, at: Self.tuesdayMorning).isEmpty)
    }

    @Test func distancesAsPeopleReadThem() {
        let place = Self.place("p", 0, 0, services: [])
        #expect(NearbyPlace(place: place, distanceMeters: 347, opening: .unknown).distanceText(language: "fr") == "350 m")
        #expect(NearbyPlace(place: place, distanceMeters: 1_240, opening: .unknown).distanceText(language: "fr") == "1,2 km")
        #expect(NearbyPlace(place: place, distanceMeters: 1_240, opening: .unknown).distanceText(language: "en") == "1.2 km")
        #expect(NearbyPlace(place: place, distanceMeters: 12_400, opening: .unknown).distanceText(language: "ar") == "12 km")
    }

    @Test func aLanguageSpokenOrStepFreeAccessNarrowsTheChoice() {
        var arabic = Self.place("arabe", 48.86, 2.35, services: ["x"])
        arabic.languages = ["ar", "fr"]
        var accessible = Self.place("accessible", 48.86, 2.35, services: ["x"])
        accessible.accessibility = "https://acceslibre.beta.gouv.fr/app/x/"
        #expect(PlaceNeed(language: "ar").isMet(by: arabic))
        #expect(!PlaceNeed(language: "ar").isMet(by: accessible))
        #expect(PlaceNeed(accessible: true).isMet(by: accessible))
        #expect(!PlaceNeed(accessible: true).isMet(by: arabic))
    }
}
