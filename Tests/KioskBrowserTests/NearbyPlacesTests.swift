import Foundation
import ProcedureModel
import Testing

extension KioskInBrowser {
    /// The places near the site on the hand-off screen, from a directory imported with `ariane directory import`.
    @Suite struct NearbyPlaces {
        /// Hours whose status does not depend on when the test runs: open all the time, closed all the time, unreadable.
        static let places = #"""
            id,pivot,nom,adresse,commune,code_postal,latitude,longitude,services,labels_nationaux,horaires,date_maj
            toujours,00000000000000,Maison France Services du Centre,2 place de la Mairie,Paris,75004,48.8600,2.3600,Aide aux démarches administratives,France Services,Mo-Su 00:00-24:00,2026-11-02
            ferme,00000000000000,Espace numérique de la gare,1 rue de la Gare,Paris,75004,48.8570,2.3525,Aide aux démarches administratives,,off,2026-11-02
            rendez-vous,00000000000000,Centre social des Lilas,5 rue des Lilas,Paris,75004,48.8580,2.3540,Aide aux démarches administratives,Aidants Connect,"""sur rendez-vous""",2026-11-02
            loisirs,00000000000000,Atelier de création numérique,3 rue Z,Paris,75004,48.8567,2.3523,Loisirs et créations numériques,,Mo-Su 00:00-24:00,2026-11-02

            """#

        static func importPlaces(into data: URL) async throws {
            try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
            let file = data.appendingPathComponent("lieux.csv")
            try Data(places.utf8).write(to: file)
            _ = try await ChildProcess.output(of: KioskServer.ariane, ["directory", "import", file.path, "--data", data.path])
        }

        /// What the hand-off screen lists, for `language`: names and opening phrases, open soonest first.
        static let expected: [String: (title: String, names: [String], openings: [String])] = [
            "fr": (
                "Près d'ici, des personnes peuvent vous aider",
                ["Maison France Services du Centre", "Espace numérique de la gare", "Centre social des Lilas"],
                ["Ouvert tous les jours, jour et nuit", "Fermé en ce moment", "Horaires : \"sur rendez-vous\""]
            ),
            "ar": (
                "بالقرب من هنا، أشخاص يمكنهم مساعدتك",
                ["Maison France Services du Centre", "Espace numérique de la gare", "Centre social des Lilas"],
                ["مفتوح كل يوم، ليلاً ونهاراً", "مغلق حالياً", "المواعيد: \"sur rendez-vous\""]
            ),
        ]

        @Test("The hand-off screen shows the 3 nearest places that help with procedures, open first, in French and Arabic", arguments: ["fr", "ar"])
        func handOffShowsNearestOpenPlaces(language: String) async throws {
            let (content, walk) = try ShippedContent.cssWalk()
            let procedure = try #require(content.library(language).procedure(walk.procedure))
            let first = try #require(walk.path.compactMap(procedure.step).first { $0.kind != .outcome })
            let expected = try #require(Self.expected[language])
            for (width, height) in [(1080, 1920), (1366, 768)] {
                try await Kiosk.run(serverArguments: ["--near", "48.8566,2.3522"], width: width, height: height, prepare: Self.importPlaces) { kiosk in
                    try await kiosk.open("/kiosk")
                    let tour = KioskWalk(kiosk: kiosk, walk: walk, content: content, language: language)
                    try await tour.chooseLanguage()
                    try await tour.chooseProcedure()
                    try await kiosk.waitForHeading(first.prompt.text)
                    try await kiosk.submit("nav.helpers button[value='help']")
                    try await kiosk.submit("main form[action='/kiosk/handoff'] button")
                    try await kiosk.waitForHeading(content.word("kiosk.handOffTitle", language))
                    #expect(try await kiosk.texts("h2#nearby-title") == [expected.title])
                    // The closed and unreadable ones are nearer; the open one comes first all the same.
                    #expect(try await kiosk.texts("ul.nearby-places li strong") == expected.names)
                    #expect(try await kiosk.texts("ul.nearby-places li .opening") == expected.openings)
                    #expect(try await kiosk.texts("ul.nearby-places li .distance").allSatisfy { $0.hasSuffix(" m") || $0.hasSuffix(" km") })
                    #expect(try await kiosk.browser.element("html").attribute("dir") == (language == "ar" ? "rtl" : "ltr"))
                    try await Self.screenshot(kiosk, name: "handoff-nearby-\(language)-\(width)x\(height).png", width: width, height: height)
                }
            }
        }

        /// Saved under `$ARIANE_SCREENSHOTS` when it is set, for a person to look at.
        static func screenshot(_ kiosk: Kiosk, name: String, width: Int, height: Int) async throws {
            guard let folder = ProcessInfo.processInfo.environment["ARIANE_SCREENSHOTS"], !folder.isEmpty else { return }
            // The page at the kiosk's exact screen size, without the browser window's own edges.
            try await kiosk.browser.devTools(
                "Emulation.setDeviceMetricsOverride",
                ["width": .number(Double(width)), "height": .number(Double(height)), "deviceScaleFactor": 1, "mobile": false])
            let encoded = try #require(try await kiosk.browser.command("GET", "screenshot").string)
            let png = try #require(Data(base64Encoded: encoded))
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try png.write(to: URL(fileURLWithPath: folder).appendingPathComponent(name))
        }
    }
}
