import Foundation
import GuideServer
import HTTPTypes
import HummingbirdTesting
import Testing

/// Web addresses, codes, numbers and phone numbers stay left to right inside Arabic text.
@Suite struct LeftToRightTests {
    @Test func anArabicOutcomeIsolatesTheAddressAndThePhoneNumber() async throws {
        try await TouchKiosk().run { client in
            let cookie = try await FeedbackTests.walkToTheEnd(client, "ar")
            let outcome = try await client.get("/kiosk/step", cookie: cookie).text
            #expect(outcome.contains(#"<html lang="ar" dir="rtl">"#))
            #expect(outcome.contains(#"<p class="explanation">اذهب إلى <bdi dir="ltr">www.caf.fr</bdi> أو اتصل بالرقم <bdi dir="ltr">32 30</bdi>.</p>"#))
        }
    }

    @Test func theFrenchTextGetsTheSameIsolation() async throws {
        try await TouchKiosk().run { client in
            let cookie = try await FeedbackTests.walkToTheEnd(client)
            let outcome = try await client.get("/kiosk/step", cookie: cookie).text
            #expect(outcome.contains(#"<p class="explanation">Allez sur <bdi dir="ltr">www.caf.fr</bdi> ou appelez le <bdi dir="ltr">32 30</bdi>.</p>"#))
        }
    }

    @Test func theHandOffCodeIsIsolatedByItsStyle() async throws {
        try await TouchKiosk().run { client in
            let style = try await client.get("/static/kiosk.css").text
            #expect(style.contains(".code { font-size: 2.5rem; letter-spacing: 0.2em; font-weight: 700; direction: ltr; unicode-bidi: isolate;"))
        }
    }
}
