import Directory
import Foundation
import Testing

@Suite struct ExportTests {
    @Test func localPlacesWrittenInTheNationalSchemaReadBackTheSame() throws {
        let place = Place(
            feed: .local, sourceID: "permanence-1", name: "Permanence \"numérique\", salle 2",
            address: PostalAddress(street: "3 rue Y", postcode: "75011", commune: "Paris", inseeCode: "75111"),
            coordinates: Coordinates(latitude: 48.86, longitude: 2.38), services: ["Aide aux démarches administratives"],
            labels: ["Aidants Connect"], hours: "We 14:00-17:00", source: "Mairie du 11e", updated: "2026-12-06")
        let file = try Fixture.file("export.csv", MednumCSV.write([place]))
        let batch = ImportBatch.read([file])
        #expect(batch.diagnostics.isEmpty)
        let read = try #require(batch.places[.mednum]?.first)
        #expect(read.name == place.name)
        #expect(read.address == place.address)
        #expect(read.coordinates == place.coordinates)
        #expect(read.services == place.services)
        #expect(read.labels == place.labels)
        #expect(read.hours == place.hours)
        #expect(read.source == place.source)
        #expect(read.updated == place.updated)
    }
}
