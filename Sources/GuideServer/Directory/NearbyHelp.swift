import Directory
import Foundation
import GuideEngine
import ProcedureModel
import Synchronization

/// The places near the site that the help, hand-off and outcome screens show: those within reach
/// (``radiusMeters``) of the server's directory (``SiteDirectory``: `directory.sqlite`, or the PostgreSQL
/// database the server runs on), kept in memory, and read again when the directory changes.
///
/// A re-import (`ariane directory import`, from cron) or an approved console proposal moves the
/// directory's revision; a watcher checks it every ``checkInterval`` and reloads, so the kiosk shows
/// the new places without a restart. The directory is opened afresh at each check, so a file deleted and
/// imported again is seen too. A check that fails (the file being replaced, the database restarting)
/// keeps the places already read.
final class NearbyHelp: Sendable {
    /// Farther than this, a place is no help to someone standing at the kiosk.
    static let radiusMeters = 30_000.0
    /// What every procedure's resident needs from a place, whatever else the step names.
    static let generalNeeds = ["aide aux démarches administratives", "démarches administratives", "France Services", "Aidants Connect"]
    static let shown = 3
    /// How often the watcher looks at the directory's revision: one small query.
    static let checkInterval: Duration = .seconds(10)

    let site: SitePlace
    /// Opens the directory; nil while there is none.
    private let open: @Sendable () throws -> (any DirectoryStore)?
    private struct Loaded {
        var places: [Place] = []
        /// The directory's revision these places were read at; nil before the directory exists.
        var revision: Int64?
    }
    private let loaded = Mutex(Loaded())
    private let watcher = Mutex<Task<Void, Never>?>(nil)

    /// The places of the SQLite directory at `path` (none while the file does not exist), read now, and a
    /// watcher that checks every `interval` (none when nil).
    convenience init(site: SitePlace, path: String, checkingEvery interval: Duration? = checkInterval) throws {
        self.init(site: site, checkingEvery: interval) {
            // Never create the file: a site without a directory yet simply shows no places.
            FileManager.default.fileExists(atPath: path) ? try SQLiteDirectoryStore(path: path) : nil
        }
        if FileManager.default.fileExists(atPath: path) { try keep(SQLiteDirectoryStore(path: path).readNear(site)) }
    }

    /// The places of the directory `open` gives, read at the watcher's first check, which comes at once.
    init(site: SitePlace, checkingEvery interval: Duration? = checkInterval, open: @escaping @Sendable () throws -> (any DirectoryStore)?) {
        self.site = site
        self.open = open
        guard let interval else { return }
        watcher.withLock {
            $0 = Task { [weak self] in
                while !Task.isCancelled {
                    guard let self else { return }
                    _ = try? await self.refresh()
                    try? await Task.sleep(for: interval)
                }
            }
        }
    }

    deinit {
        watcher.withLock { $0?.cancel() }
    }

    /// The site's places, when it has a place; nil otherwise (the screens then show none).
    static func load(_ settings: ServerSettings) throws -> NearbyHelp? {
        guard let site = settings.sitePlace else { return nil }
        if settings.accountsDatabase != nil {
            return NearbyHelp(site: site) { try SiteDirectory.open(settings) }
        }
        return try NearbyHelp(site: site, path: settings.dataDirectory + "/" + SQLiteDirectoryStore.fileName)
    }

    /// The places within reach, as last read.
    var places: [Place] { loaded.withLock { $0.places } }

    /// Reads the places again if the directory's revision moved since the last read; true when it did.
    @discardableResult
    func refresh() async throws -> Bool {
        guard let store = try open() else { return false }
        let revision = try await store.revision()
        if loaded.withLock({ $0.revision == revision }) { return false }
        keep(try await store.near(site, revision: revision))
        return true
    }

    private func keep(_ read: (places: [Place], revision: Int64)) {
        loaded.withLock { $0 = Loaded(places: read.places, revision: read.revision) }
    }

    /// The organisation kinds among `kinds` that have at least one place within reach.
    func localKinds(_ kinds: [Reference]) -> Set<String> {
        let places = places
        return Set(
            kinds.compactMap { OrganisationKind.all[$0.id] }.filter { kind in places.contains { Self.need(kind).isMet(by: $0) } }.map(\.id))
    }

    /// What a place must offer to be of `kind`.
    static func need(_ kind: OrganisationKind) -> PlaceNeed {
        PlaceNeed(typologies: kind.typologies, words: kind.words)
    }

    /// The 3 nearest places offering what `step` needs (the organisation kinds it names, its national
    /// help points' organisations: "caf", "france-services"…, and help with procedures in general),
    /// open soonest first, in `language`.
    func view(for step: Step?, language: String, at date: Date) -> NearbyHelpView? {
        let kinds = (step?.organisations ?? []).compactMap { OrganisationKind.all[$0.id] }
        let need = PlaceNeed(
            anyOf: Self.generalNeeds + (step?.helpPoints.map(\.id) ?? []), typologies: kinds.flatMap(\.typologies), words: kinds.flatMap(\.words))
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

extension DirectoryStore {
    /// The places within ``NearbyHelp/radiusMeters`` of `site`, read at `revision`.
    fileprivate func near(_ site: SitePlace, revision: Int64) async throws -> (places: [Place], revision: Int64) {
        (try await currentPlaces().filter { site.isWithinReach(of: $0) }, revision)
    }
}

extension SQLiteDirectoryStore {
    /// ``DirectoryStore/near(_:revision:)`` without waiting, for a server that starts with its places read.
    fileprivate func readNear(_ site: SitePlace) throws -> (places: [Place], revision: Int64) {
        let revision: Int64 = try revision()
        let places: [Place] = try currentPlaces()
        return (places.filter { site.isWithinReach(of: $0) }, revision)
    }
}

extension SitePlace {
    fileprivate func isWithinReach(of place: Place) -> Bool {
        place.coordinates.map { coordinates.distance(to: $0) <= NearbyHelp.radiusMeters } ?? false
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
