import Directory
import Testing

/// How an organisation kind finds its places: typology codes whole, words whole.
@Suite struct PlaceNeedTests {
    static func place(services: [String] = [], labels: [String] = [], organisations: [String] = []) -> Place {
        Place(
            feed: .dataInclusion, sourceID: "x", name: "x", address: PostalAddress(street: "", postcode: "75000", commune: "Paris"),
            services: services, labels: labels, organisations: organisations, updated: "2026-01-01")
    }

    @Test func aTypologyCodeMatchesWholeWithoutRegardToCase() {
        let need = PlaceNeed(typologies: ["CCAS"])
        #expect(need.isMet(by: Self.place(organisations: ["ccas"])))
        #expect(!need.isMet(by: Self.place(organisations: ["CCAS_ANNEXE"])))
        #expect(!need.isMet(by: Self.place(services: ["CCAS"])))
    }

    @Test func wordsMatchWholeWordsOnly() {
        let caf = PlaceNeed(words: ["CAF"])
        #expect(caf.isMet(by: Self.place(services: ["Permanence de la CAF"])))
        #expect(!caf.isMet(by: Self.place(services: ["Café numérique"])))
        let pass = PlaceNeed(words: ["permanence d'accès aux soins"])
        #expect(pass.isMet(by: Self.place(services: ["Permanence d’accès aux soins de santé (PASS)"])))
        #expect(!pass.isMet(by: Self.place(labels: ["Pass numérique"])))
        let franceServices = PlaceNeed(words: ["France Services"])
        #expect(franceServices.isMet(by: Self.place(labels: ["france-services"])))
    }

    @Test func anyOfStillMatchesInsideWordsAndAnEmptyNeedTakesAll() {
        #expect(PlaceNeed(anyOf: ["démarches"]).isMet(by: Self.place(services: ["Aide aux démarches administratives"])))
        #expect(PlaceNeed().isMet(by: Self.place()))
        #expect(!PlaceNeed(typologies: ["MAIRIE"], words: ["mairie"]).isMet(by: Self.place(services: ["Loisirs"])))
    }
}
