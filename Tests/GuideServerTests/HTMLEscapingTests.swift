import Testing

@testable import GuideServer

/// The kiosk's own HTML escaping gives what swift-mustache's would, in any script.
@Suite struct HTMLEscapingTests {
    @Test func theFiveCharactersAreEscapedAndNothingElse() {
        let escaping = KioskHTMLEscaping()
        #expect(escaping.escapeText(#"<a href="x">l'été & العربية</a>"#) == "&lt;a href=&quot;x&quot;&gt;l&#39;été &amp; العربية&lt;/a&gt;")
        #expect(escaping.escapeText("Combien de personnes ? 👪") == "Combien de personnes ? 👪")
        #expect(escaping.escapeText("") == "")
    }
}
