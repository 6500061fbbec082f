import Testing

@testable import GuideServer

@Suite struct SheetQRCodeTests {
    @Test(
        "A web address drawn by libqrencode reads back as the same address",
        arguments: [
            "https://www.ameli.fr/", "https://www.service-public.fr/particuliers/vosdroits/F10027",
            "http://127.0.0.1:8080/kiosk/carry/0123456789abcdef0123456789abcdef",
        ])
    func readsBack(_ address: String) throws {
        let code = try SheetQRCode(encoding: address)
        #expect(try QRReader.read(svg: code.svg(label: address)) == address)
    }

    @Test func hasTheQuietZoneAndNamesItsAddress() throws {
        let code = try SheetQRCode(encoding: "https://www.caf.fr/")
        let side = code.width + 8
        let svg = code.svg(label: "https://www.caf.fr/?a=1&b=2")
        #expect(svg.contains(#"viewBox="0 0 \#(side) \#(side)""#))
        #expect(svg.contains(#"aria-label="https://www.caf.fr/?a=1&amp;b=2""#))
        // Nothing is drawn in the four modules around the code.
        for run in svg.matches(of: /M(\d+) (\d+)h(\d+)/) {
            let (x, y, width) = (Int(run.1) ?? -1, Int(run.2) ?? -1, Int(run.3) ?? 0)
            #expect(x >= 4 && y >= 4 && x + width <= side - 4 && y < side - 4)
        }
    }

    @Test func tooLongForAnyCodeSaysWhichText() {
        let text = String(repeating: "é", count: 3000)
        let failure = #expect(throws: SheetQRCode.Failure.self) { try SheetQRCode(encoding: text) }
        #expect(failure?.description.hasPrefix("cannot draw a QR code for 'ééé") == true)
    }
}
