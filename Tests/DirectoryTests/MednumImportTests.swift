import Directory
import Testing

@Suite struct MednumImportTests {
    @Test func csvRowsAreValidatedAndBadRowsSaidByLineAndField() {
        let file = Fixture.path("mednum.csv")
        let batch = ImportBatch.read([file])
        #expect(batch.places[.mednum]?.map(\.sourceID) == ["mairie-11", "centre-social-belleville", "mediatheque-nord"])
        // The quoted field spans lines 2 and 3: the next record starts on line 4, and every line after counts it.
        #expect(
            batch.diagnostics.map(\.description) == [
                "\(file):6: error: nom: required, missing",
                "\(file):7: error: code_postal: \"7501\" is not a postcode (5 digits)",
                "\(file):8: error: latitude: \"48,85\" is not a number",
                "\(file):9: error: latitude: 123 is not between -90 and 90",
                "\(file):10: error: services: \"Cours de cuisine\" is not one of the schema's values",
                "\(file):11: error: date_maj: \"2026-02-30\" is not a date (YYYY-MM-DD)",
                "\(file):12: error: pivot: \"123\" is not a SIRET number (14 digits)",
                "\(file):13: error: courriel: \"pas-un-courriel\" is not an e-mail address",
                "\(file):14: error: latitude: required when longitude is given",
                "\(file):15: error: services: required, missing",
                "\(file):16: error: 3 fields, the header has 21",
            ])
        #expect(batch.refusedIDs[.mednum]?.contains("code-postal-court") == true)
    }

    @Test func csvFieldsAreReadWhole() throws {
        let batch = ImportBatch.read([Fixture.path("mednum.csv")])
        let mairie = try #require(batch.places[.mednum]?.first)
        #expect(mairie.name == "France Services Paris 11, Mairie")
        #expect(mairie.services == ["Aide aux démarches administratives", "Maîtrise des outils numériques du quotidien"])
        #expect(mairie.labels == ["France Services", "Aidants Connect"])
        #expect(mairie.coordinates == Coordinates(latitude: 48.8575, longitude: 2.38))
        #expect(mairie.address.inseeCode == "75111")
        #expect(mairie.hours == "Mo-Fr 09:00-12:30,13:30-17:00; Sa 09:00-12:00; PH off")
        #expect(mairie.source == "test-fixture")
        #expect(mairie.updated == "2026-11-02")
    }

    @Test func jsonRowsAreTypedAsTheSchemaSays() {
        let file = Fixture.path("mednum.json")
        let batch = ImportBatch.read([file])
        #expect(batch.places[.mednum]?.map(\.sourceID) == ["ccas-lyon-8"])
        #expect(batch.places[.mednum]?.first?.labels == ["Aidants Connect"])
        #expect(
            batch.diagnostics.map(\.description) == [
                "\(file):19: error: nom: expected a string, found a number",
                "\(file):29: error: latitude: expected a number, found a string",
                "\(file):41: error: services: expected an array of strings, found a number in it",
                "\(file):51: error: expected an object, found a string",
                "\(file):52: error: date_maj: required, missing",
            ])
    }

    @Test func formatIsDetectedFromTheContent() throws {
        let csv = try Fixture.file("lieux.txt", "id,nom\n")
        let batch = ImportBatch.read([csv])
        #expect(batch.diagnostics.map(\.description) == ["\(csv):1: error: pivot: required column missing from the header"])
        #expect(SourceFormat.detect(Array("  [{\"id\": \"a\", \"pivot\": \"0\"}]".utf8)) == .mednumJSON)
        #expect(SourceFormat.detect(Array("[{\"source\": \"dora\"}]".utf8)) == .dataInclusion)
        #expect(SourceFormat.detect(Array("{\"structures\": []}".utf8)) == .dataInclusion)
        #expect(SourceFormat.detect(Array("id,pivot\n".utf8)) == .mednumCSV)
    }

    @Test func aMissingFileIsSaidAndTouchesNothing() {
        let batch = ImportBatch.read(["/nonexistent/lieux.csv"])
        #expect(batch.diagnostics.map(\.description) == ["/nonexistent/lieux.csv:1: error: cannot read this file (missing or not readable)"])
        #expect(batch.places.isEmpty)
        #expect(batch.unreadFiles == 1)
    }
}
