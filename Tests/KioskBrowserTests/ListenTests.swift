import Foundation
import ProcedureModel
import Testing

extension KioskInBrowser {
    @Suite struct Listen {
        @Test("Each language's listen button is named in that language, and shows the speaker, turned for Arabic")
        func languagePicker() async throws {
            let content = try ShippedContent.loaded.get()
            let entries = [
                ("fr", ListenControl(name: "Écouter : Français", speaker: ListenControl.soundToTheRight)),
                ("ar", ListenControl(name: "استماع: العربية", speaker: ListenControl.soundToTheLeft)),
                ("en", ListenControl(name: "Listen: English", speaker: ListenControl.soundToTheRight)),
                ("fa-AF", ListenControl(name: "شنیدن: دری", speaker: ListenControl.soundToTheLeft)),
                ("pt", ListenControl(name: "Ouvir: Português", speaker: ListenControl.soundToTheRight)),
                ("ro", ListenControl(name: "Ascultați: Română", speaker: ListenControl.soundToTheRight)),
                ("tr", ListenControl(name: "Dinle: Türkçe", speaker: ListenControl.soundToTheRight)),
            ]
            let expected = entries.filter { content.offers($0.0) }.map(\.1)
            #expect(["fr", "ar", "en", "tr"].allSatisfy(content.offers), "the kiosk ships French, Arabic, English and Turkish")
            try await Kiosk.run { kiosk in
                try await kiosk.open("/kiosk")
                try await kiosk.waitForHeading("Choisissez votre langue")
                #expect(try await kiosk.listenControls() == expected)
            }
        }

        @Test("On a question, the prompt's and each answer's listen controls are named in the page's language", arguments: ["fr", "ar"])
        func question(language: String) async throws {
            let (content, walk) = try ShippedContent.cssWalk()
            try #require(content.offers(language), "the kiosk does not offer '\(language)'")
            let listen = content.word("kiosk.listen", language)
            // French typography spaces the colon; English and Arabic do not.
            let colon = language == "fr" ? " : " : ": "
            let speaker = language == "ar" ? ListenControl.soundToTheLeft : ListenControl.soundToTheRight
            var seen: [ListenControl] = []
            var expected: [ListenControl] = []
            try await Kiosk.run { kiosk in
                try await kiosk.open("/kiosk")
                let tour = KioskWalk(kiosk: kiosk, walk: walk, content: content, language: language)
                try await tour.chooseLanguage()
                try await tour.chooseProcedure()
                try await tour.follow { step in
                    guard expected.isEmpty, !step.choices.isEmpty else { return }
                    expected =
                        [ListenControl(name: listen, speaker: speaker)]
                        + step.choices.map { ListenControl(name: "\(listen)\(colon)\($0.prompt.text.collapsingSpaces)", speaker: speaker) }
                    seen = try await kiosk.listenControls()
                }
            }
            #expect(expected.count > 1, "the walk met no question with answers")
            #expect(seen == expected)
        }
    }
}

/// A listen control as a resident meets it: the name a screen reader says, and the speaker they see.
struct ListenControl: Equatable {
    static let soundToTheRight = "36×36 px, sound to the right"
    static let soundToTheLeft = "36×36 px, sound to the left"

    var name: String
    var speaker: String
}

extension Kiosk {
    /// The page's listen controls, in order, once every speaker drawing has arrived: the icons draw
    /// `static/pictograms/listen.svg`, which the browser loads after the page.
    func listenControls() async throws -> [ListenControl] {
        let speakers = try await eventually("the speakers drawn") { () async throws -> [String]? in
            let found = try await browser.execute(
                """
                return [...document.querySelectorAll("main .listen")].map(control => {
                    const icon = control.querySelector("svg.icon");
                    if (!icon) { return "no speaker"; }
                    const box = icon.getBoundingClientRect(), drawing = icon.querySelector("use").getBBox();
                    if (drawing.width == 0 || drawing.height == 0) { return null; }
                    const turned = getComputedStyle(icon).transform.startsWith("matrix(-1");
                    return `${Math.round(box.width)}×${Math.round(box.height)} px, sound to the ${turned ? "left" : "right"}`;
                });
                """)
            let speakers = (found.array ?? []).map { $0.string }
            return speakers.contains(nil) ? nil : speakers.compactMap { $0 }
        }
        var names: [String] = []
        for control in try await browser.elements("main .listen") { names.append(try await control.accessibleName().collapsingSpaces) }
        return zip(names, speakers).map { ListenControl(name: $0, speaker: $1) }
    }
}
