import ArgumentParser
import Directory
import Foundation

/// `ariane directory nearest --near LAT,LON`: the places nearest a point, for a site to check its settings.
struct DirectoryNearest: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nearest",
        abstract: "List the places nearest a point, nearest first, with their distance and whether they are open.")

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case table
        case json
    }

    @Option(help: ArgumentHelp("The point, in degrees (WGS 84).", valueName: "lat,lon"))
    var near: String

    @Option(help: ArgumentHelp("Only places offering this (a service, an organisation or a label; repeat for any of several).", valueName: "words"))
    var service: [String] = []

    @Option(help: ArgumentHelp("Only places where this language is spoken (ISO 639 code).", valueName: "code"))
    var language: String?

    @Option(help: "How many places.")
    var limit = 3

    @Option(help: "table or json.")
    var format: OutputFormat = .table

    @Option(help: ArgumentHelp("The moment for \"open now\" (ISO 8601; default: now).", valueName: "time"))
    var at: String?

    @OptionGroup var store: DirectoryStoreOptions

    func validate() throws {
        guard Coordinates(near) != nil else { throw ValidationError("--near: \"\(near)\" is not LAT,LON in degrees (e.g. 48.8566,2.3522)") }
        guard limit > 0 else { throw ValidationError("--limit: must be at least 1") }
        if let at, ISO8601DateFormatter().date(from: at) == nil { throw ValidationError("--at: \"\(at)\" is not an ISO 8601 time (e.g. 2026-12-07T09:30:00Z)") }
    }

    func run() async throws {
        guard let point = Coordinates(near) else { throw ExitCode(2) }
        let date = at.flatMap { ISO8601DateFormatter().date(from: $0) } ?? Date()
        let directory = try await store.open()
        let places: [Place]
        do {
            places = try await directory.currentPlaces()
        } catch {
            Console.error("\(error)")
            throw ExitCode(2)
        }
        let nearby = Nearest.places(places, near: point, need: PlaceNeed(anyOf: service, language: language), limit: limit, at: date)
        switch format {
        case .json: Console.out(try json(nearby))
        case .table: table(nearby)
        }
    }

    private func json(_ nearby: [NearbyPlace]) throws -> String {
        struct Item: Encodable {
            var id: String
            var name: String
            var address: String
            var distanceMeters: Int
            var latitude: Double?
            var longitude: Double?
            var services: [String]
            var hours: String?
            var opening: String
        }
        let items = nearby.map {
            Item(
                id: $0.place.id, name: $0.place.name, address: $0.place.address.oneLine, distanceMeters: Int($0.distanceMeters.rounded()),
                latitude: $0.place.coordinates?.latitude, longitude: $0.place.coordinates?.longitude, services: $0.place.services,
                hours: $0.place.hours, opening: OpeningPhrases.phrase($0.opening, language: "fr"))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(items), as: UTF8.self)
    }

    private func table(_ nearby: [NearbyPlace]) {
        if nearby.isEmpty {
            Console.out("no place with coordinates matches")
            return
        }
        for item in nearby {
            Console.out(
                "\(item.distanceText(language: "fr").padding(toLength: 9, withPad: " ", startingAt: 0)) \(item.place.name) — \(item.place.address.oneLine)")
            Console.out("          \(OpeningPhrases.phrase(item.opening, language: "fr")) · \(item.place.id)")
        }
    }
}
