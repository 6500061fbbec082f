import Directory
import Testing

@Suite struct DataInclusionImportTests {
    @Test func structuresTakeTheirServicesAndBadRowsAreSaid() throws {
        let file = Fixture.path("data-inclusion.json")
        let batch = ImportBatch.read([file])
        let places = try #require(batch.places[.dataInclusion])
        #expect(places.map(\.id) == ["data-inclusion/dora/s1"])
        #expect(places.first?.services.contains("Accompagnement aux démarches administratives") == true)
        #expect(places.first?.hours == "Mo-Fr 08:30-12:30; PH off")
        #expect(places.first?.source == "dora")
        #expect(
            batch.diagnostics.map(\.description) == [
                "\(file):19: error: description: required, missing",
                "\(file):25: error: siret: \"1234\" is not a SIRET number (14 digits)",
                "\(file):33: error: nom: must be 3 to 150 characters, has 2",
                "\(file):51: error: structure_id: no structure \"dora/inconnue\" in the files read",
                "\(file):58: error: structure_id: required, missing",
                "\(file):64: error: modes_accueil: \"par-pigeon-voyageur\" is not one of the schema's values",
            ])
    }

    @Test func structuresAndServicesMayComeInTwoFiles() throws {
        let structures = try Fixture.file(
            "structures.json",
            #"[{"source": "s", "id": "1", "nom": "Centre social", "description": "Un centre social.", "date_maj": "2026-01-02", "latitude": 45, "longitude": 5}]"#
        )
        let services = try Fixture.file(
            "services.json", #"[{"source": "s", "id": "a", "structure_id": "1", "nom": "Aide aux démarches", "date_maj": "2026-01-02"}]"#)
        let batch = ImportBatch.read([services, structures])
        #expect(batch.diagnostics.isEmpty)
        #expect(batch.places[.dataInclusion]?.first?.services == ["Aide aux démarches"])
    }
}
