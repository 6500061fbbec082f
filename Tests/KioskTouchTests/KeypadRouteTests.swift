import Foundation
import GuideServer
import HTTPTypes
import HummingbirdTesting
import ProcedureModel
import Testing

/// The number step as the kiosk draws it: a normal form field, big keys, the question's own example.
@Suite struct KeypadRouteTests {
    @Test func aCountGetsDigitsAndEraseButNoComma() async throws {
        let kiosk = try TouchKiosk()
        try await kiosk.run { client in
            let cookie = try await client.startCounting()
            let page = try await client.get("/kiosk/step", cookie: cookie).text
            #expect(page.contains(#"<label class="field" for="number-field">Écrivez le nombre (personnes)</label>"#))
            #expect(page.contains(#"<p class="hint" id="number-hint">Un nombre entier, sans virgule. Par exemple : <bdi dir="ltr">3</bdi></p>"#))
            #expect(
                page.contains(
                    #"<input class="number" id="number-field" name="value" dir="ltr" inputmode="numeric" autocomplete="off" required aria-describedby="number-hint">"#
                ))
            #expect(page.contains(#"<div class="keypad" role="group" aria-label="Clavier de chiffres" dir="ltr" data-keypad="number-field" hidden>"#))
            for digit in 0...9 { #expect(page.contains(#"<button type="button" data-key="\#(digit)">\#(digit)</button>"#)) }
            #expect(!page.contains(#"data-key=",""#))
            #expect(page.contains(#"<button type="button" class="erase" data-erase>Effacer</button>"#))
            #expect(page.contains(#"<script src="/static/keypad.js" defer></script>"#))
            #expect(!page.contains("850"))
        }
    }

    @Test func twoAndAHalfPeopleAreRefusedWithAClearMessage() async throws {
        let kiosk = try TouchKiosk()
        try await kiosk.run { client in
            let cookie = try await client.startCounting()
            let refused = try await client.post("/kiosk/step", [("action", "answer"), ("value", "2,5")], cookie: cookie)
            #expect(refused.location == "/kiosk/step")
            let page = try await client.get("/kiosk/step", cookie: cookie).text
            #expect(page.contains(#"<p class="notice" role="alert">Écrivez un nombre entier, sans virgule : on compte 1, 2, 3…</p>"#))
            #expect(page.contains("Combien de personnes vivent chez vous ?"))
            let rejected = try await kiosk.events().filter { $0.kind == .inputRejected }
            #expect(rejected.map { "\($0.step ?? "-") \($0.reason ?? "-") \($0.value ?? "-")" } == ["foyer not-a-whole-number -"])
        }
    }

    @Test func theRefusalIsInArabicForAnArabicSession() async throws {
        let kiosk = try TouchKiosk()
        try await kiosk.run { client in
            let cookie = try await client.startCounting("ar")
            _ = try await client.post("/kiosk/step", [("action", "answer"), ("value", "٢٫٥")], cookie: cookie)
            let page = try await client.get("/kiosk/step", cookie: cookie).text
            #expect(page.contains(#"<p class="notice" role="alert">اكتب عددًا صحيحًا بدون فاصلة: نعدّ 1، 2، 3…</p>"#))
            #expect(page.contains(#"<p class="hint" id="number-hint">عدد صحيح بدون فاصلة. مثلًا: <bdi dir="ltr">3</bdi></p>"#))
            #expect(page.contains(#"aria-label="لوحة الأرقام" dir="ltr""#))
        }
    }

    @Test func hoursTakeADecimalComma() async throws {
        let kiosk = try TouchKiosk()
        try await kiosk.run { client in
            let cookie = try await client.startCounting()
            _ = try await client.post("/kiosk/step", [("action", "answer"), ("value", "3")], cookie: cookie)
            let page = try await client.get("/kiosk/step", cookie: cookie).text
            #expect(page.contains(#"<p class="hint" id="number-hint">Par exemple : <bdi dir="ltr">17,5</bdi></p>"#))
            #expect(page.contains(#"inputmode="decimal""#))
            #expect(page.contains(#"<button type="button" data-key="," aria-label="Virgule">,</button>"#))
            #expect(try await client.post("/kiosk/step", [("action", "answer"), ("value", "17,5")], cookie: cookie).location == "/kiosk/step")
            #expect(try await client.get("/kiosk/step", cookie: cookie).text.contains("Vous pouvez faire cette demande."))
        }
    }

    @Test func theKeypadScriptIsServed() async throws {
        try await TouchKiosk().run { client in
            let script = try await client.get("/static/keypad.js")
            #expect(script.status == .ok)
            #expect(script.text.contains("keypad.hidden = false;"))
        }
    }
}
