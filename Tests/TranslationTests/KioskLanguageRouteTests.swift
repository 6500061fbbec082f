import EventLog
import Foundation
import GuideServer
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// The kiosk on the shipped procedures and locales: every language folder is offered, named in its
/// own script, in its direction, and says when no native speaker has read it.
@Suite struct KioskLanguageRouteTests {
    func run(locales: String = ShippedContent.locales, _ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("ariane-translations-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: data) }
        let settings = ServerSettings(
            dataDirectory: data.path, proceduresDirectory: ShippedContent.procedures, localesDirectory: locales,
            recordingsDirectory: data.appendingPathComponent("recordings").path)
        let app = try await buildApplication(settings, store: MemoryEventStore())
        try await app.test(.router, body)
    }

    @Test func thePickerOffersEveryLocaleFolderInItsOwnNameAndDirection() async throws {
        try await run { client in
            let page = try await client.execute(uri: "/kiosk", method: .get)
            let html = String(buffer: page.body)
            #expect(page.status == .ok)
            #expect(html.contains(#"<li lang="fr" dir="ltr">"#))
            #expect(html.contains(#"<li lang="en" dir="ltr">"#))
            #expect(html.contains(#"<li lang="ar" dir="rtl">"#))
            #expect(html.contains(#"href="/kiosk/ar">العربية</a>"#))
            // The languages added as folders: named by CLDR, Dari by its Afghan name, right to left.
            #expect(html.contains(#"<li lang="tr" dir="ltr">"#) && html.contains(#"href="/kiosk/tr">Türkçe</a>"#))
            #expect(html.contains(#"href="/kiosk/pt">Português</a>"#))
            #expect(html.contains(#"href="/kiosk/ro">Română</a>"#))
            #expect(html.contains(#"<li lang="fa-AF" dir="rtl">"#) && html.contains(#"href="/kiosk/fa-AF">دری</a>"#))
        }
    }

    @Test func dariPagesAreRightToLeftInTheirOwnWords() async throws {
        try await run { client in
            let dari = String(buffer: try await client.execute(uri: "/kiosk/fa-AF", method: .get).body)
            #expect(dari.contains(#"<html lang="fa-AF" dir="rtl">"#))
            #expect(dari.contains("چه کاری می‌خواهید انجام دهید؟"))
            #expect(dari.contains(#"<span lang="fa-AF" dir="rtl">ترجمه هنوز بازبینی نشده است</span> · <span lang="fr" dir="ltr">Traduction non relue</span>"#))
        }
    }

    @Test func aLanguageListsOnlyTheProceduresTranslatedInFull() async throws {
        try await run { client in
            let english = String(buffer: try await client.execute(uri: "/kiosk/en", method: .get).body)
            #expect(english.contains(#"value="css""#))
            #expect(!english.contains("not translated into this language yet"))
            // Turkish has css in full since 2026-12-06: it is listed, under its Turkish title.
            let turkish = String(buffer: try await client.execute(uri: "/kiosk/tr", method: .get).body)
            #expect(turkish.contains(#"value="css""#))
            #expect(turkish.contains("Dayanışma tamamlayıcı sağlık sigortası (Complémentaire santé solidaire, CSS) başvurusu"))
            #expect(!turkish.contains("İşlemler henüz bu dile çevrilmedi"))
        }
    }

    @Test func aLanguageWithOnlyItsInterfaceSaysSoRatherThanListFrench() async throws {
        // A locales folder where Turkish has its interface and no procedure, as every new language starts.
        let locales = FileManager.default.temporaryDirectory.appendingPathComponent("ariane-interface-only-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: locales) }
        try FileManager.default.createDirectory(at: locales.appendingPathComponent("tr"), withIntermediateDirectories: true)
        for file in ["speech.json", "tr/interface.xlf"] {
            try FileManager.default.copyItem(
                atPath: (ShippedContent.locales as NSString).appendingPathComponent(file), toPath: locales.appendingPathComponent(file).path)
        }
        try await run(locales: locales.path) { client in
            let turkish = String(buffer: try await client.execute(uri: "/kiosk/tr", method: .get).body)
            #expect(turkish.contains("Ne yapmak istiyorsunuz?"))
            #expect(!turkish.contains(#"value="css""#))
            #expect(turkish.contains(#"<p class="notice">İşlemler henüz bu dile çevrilmedi. Fransızcayı seçin ya da bir destek görevlisine sorun.</p>"#))
        }
    }

    @Test func aLanguageNobodyReviewedSaysSoInItsWordsAndInFrench() async throws {
        try await run { client in
            let english = String(buffer: try await client.execute(uri: "/kiosk/en", method: .get).body)
            #expect(
                english.contains(
                    #"<p class="not-reviewed"><span lang="en" dir="ltr">Translation not reviewed yet</span> · <span lang="fr" dir="ltr">Traduction non relue</span></p>"#
                ))
            let arabic = String(buffer: try await client.execute(uri: "/kiosk/ar", method: .get).body)
            #expect(arabic.contains(#"<span lang="ar" dir="rtl">ترجمة لم تُراجَع بعد</span> · <span lang="fr" dir="ltr">Traduction non relue</span>"#))
        }
    }

    @Test func frenchIsTheSourceAndShowsNoReviewLine() async throws {
        try await run { client in
            let french = String(buffer: try await client.execute(uri: "/kiosk/fr", method: .get).body)
            #expect(french.contains("<h1"))
            #expect(!french.contains("not-reviewed"))
        }
    }
}
