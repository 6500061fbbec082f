import ArgumentParser
import GuideServer
import Testing

@testable import ServerCommands

/// `ariane serve --public-url`: the address on the QR code that carries a session on to a phone.
@Suite struct PublicURLOptionTests {
    @Test func theAddressBecomesTheServersSetting() throws {
        let settings = try Serve.parse(["--public-url", "https://mairie.example/borne/"]).settings(dataFolder: "data")
        #expect(settings.publicURL == "https://mairie.example/borne/")
        #expect(try Serve.parse([]).settings(dataFolder: "data").publicURL == nil)
    }

    @Test func anAddressPhonesCannotOpenIsRefused() {
        #expect {
            try Serve.parse(["--public-url", "mairie.example"])
        } throws: { error in
            Serve.message(for: error) == "--public-url takes an address starting with http:// or https://, not 'mairie.example'"
        }
    }
}
