import Foundation
import ProcedureModel
import Testing

extension KioskInBrowser {
    /// The console from the keyboard alone, at a desk screen of 1366×768 (and 1920×1080 for the layout).
    @Suite struct ConsoleKeyboard {
        static let password = "un mot de passe assez long"

        /// A week of simulated sessions before today, so that the home has stuck points to show.
        static func lastWeek(_ data: URL) async throws {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "UTC")
            formatter.dateFormat = "yyyy-MM-dd"
            let start = formatter.string(from: Date(timeIntervalSinceNow: -6 * 24 * 60 * 60))
            _ = try await ChildProcess.output(
                of: KioskServer.ariane,
                ["simulate", ShippedContent.procedures.path, "--sessions", "300", "--start", start, "--days", "5", "--data", data.path])
        }

        @Test("A worker walks css at the console without a click: Tab and Enter, Alt+S, Alt+R, Alt+N; the home at 1366×768 and 1920×1080")
        func walkWithoutAClick() async throws {
            let (content, walk) = try ShippedContent.cssWalk()
            let procedure = try #require(content.library("fr").procedure(walk.procedure))
            // The simulated week ends before today: what happens from now on is this walk's.
            let began = Int64(Date().timeIntervalSince1970 * 1000)
            try await Kiosk.run(width: 1366, height: 768, prepare: Self.lastWeek) { kiosk in
                try await kiosk.server.addAccount("camille", role: "worker", password: Self.password)
                let keys = Keyboard(kiosk)
                try await kiosk.open("/console")
                try await kiosk.waitForHeading("Se connecter")
                try await keys.tab(to: "#name")
                try await keys.type("camille")
                try await keys.tab(to: "#password")
                try await keys.type(Self.password)
                try await keys.pressForNewPage(.enter)
                try await kiosk.waitForHeading("Console")
                try await Self.expectNoSeriousViolation(kiosk, "home")
                let signIn = keys.presses

                // Start css in French from the home's form.
                try await keys.tab(to: "#procedure")
                let position = try await kiosk.browser.execute(
                    "return Array.from(document.querySelectorAll('#procedure option')).findIndex(o => o.value === arguments[0]);",
                    [.string(walk.procedure)]
                ).number
                try await keys.press(.down, times: Int(try #require(position)))
                #expect(try await kiosk.script("return document.getElementById('procedure').value;") == walk.procedure)
                try await keys.tab(to: "form[action='/console/start'] button")
                try await keys.pressForNewPage(.enter)
                try await kiosk.waitForHeading(procedure.title)
                try await Self.expectNoSeriousViolation(kiosk, "session")
                try await Self.screenshot(kiosk, "console-session-1366x768")
                #expect(try await kiosk.texts("#keys").first?.contains("Alt+S valide ou continue") == true)

                let started = keys.presses
                try await Self.follow(walk, in: procedure, with: keys, kiosk: kiosk)
                let walked = keys.presses - started

                // Note why the resident is blocked, from the outcome, with Alt+N.
                try await keys.shortcut("n")
                #expect(try await keys.isFocused("#category"))
                try await keys.press(.down)
                try await keys.tab(to: "#note")
                try await keys.type("rappeler")
                try await keys.tab(to: "#notes form button")
                try await keys.pressForNewPage(.enter)
                #expect(try await kiosk.texts("ul.notes li strong") == ["Il lui manque un papier"])

                // Save under a name to find the person again.
                try await keys.tab(to: "#label")
                try await keys.type("Mme B., mardi")
                try await keys.pressForNewPage(.enter)
                try await kiosk.waitForHeading("Console")
                #expect(try await kiosk.texts("table.saved tbody th") == ["Mme B., mardi"])
                // The saved list is on screen without scrolling, and so is the start of the stuck points' list.
                let height = try await kiosk.browser.execute("return window.innerHeight;").number ?? 0
                let savedBottom =
                    try await kiosk.browser.execute(
                        "return document.querySelector('table.saved tbody tr').getBoundingClientRect().bottom;"
                    ).number ?? .infinity
                #expect(savedBottom <= height, "the first saved session ends at \(savedBottom) px in a \(height) px window")
                #expect(try await kiosk.browser.elements("ol.stuck-points li").count == 5)
                try await Self.expectNoSeriousViolation(kiosk, "home with a saved session")
                try await Self.screenshot(kiosk, "console-home-1366x768")

                // One key opens the worst stuck point's step.
                let question = try #require(try await kiosk.texts("ol.stuck-points li a").first)
                try await keys.tab(to: "ol.stuck-points li a")
                try await keys.pressForNewPage(.enter)
                try await kiosk.waitForHeading(question)
                try await Self.expectNoSeriousViolation(kiosk, "stuck step")
                try await Self.screenshot(kiosk, "console-step-1366x768")

                // A second resident reads Arabic: their words and sound beside the French; closed, the
                // session still takes a note from the home for 24 hours.
                try await kiosk.open("/console")
                try await kiosk.waitForHeading("Console")
                try await keys.tab(to: "#lang")
                let arabic = try await kiosk.browser.execute(
                    "return Array.from(document.querySelectorAll('#lang option')).findIndex(o => o.value === 'ar');"
                ).number
                try await keys.press(.down, times: Int(try #require(arabic)))
                try await keys.tab(to: "form[action='/console/start'] button")
                try await keys.pressForNewPage(.enter)
                _ = try await eventually("the resident's Arabic") { try await kiosk.browser.elements(".resident [lang='ar']").isEmpty ? nil : true }
                try await Self.expectNoSeriousViolation(kiosk, "session in Arabic")
                try await Self.screenshot(kiosk, "console-session-arabic-1366x768")
                try await keys.tab(to: "form[action$='/close'] button")
                try await keys.pressForNewPage(.enter)
                try await kiosk.waitForHeading("Console")
                try await keys.tab(to: "a[href^='/console/ended/']")
                try await keys.pressForNewPage(.enter)
                _ = try await eventually("the ended session's page") { try await kiosk.path().hasPrefix("/console/ended/") ? true : nil }
                try await Self.expectNoSeriousViolation(kiosk, "ended session")

                // At 1920×1080 the forms and the saved list stand side by side.
                _ = try await kiosk.browser.command("POST", "window/rect", ["width": 1920, "height": 1080])
                try await kiosk.open("/console")
                try await kiosk.waitForHeading("Console")
                let sideBySide = try await kiosk.browser.execute(
                    """
                    const saved = document.querySelector('.home-main').getBoundingClientRect();
                    const side = document.querySelector('.home-side').getBoundingClientRect();
                    return saved.left >= side.right && saved.top < side.bottom;
                    """
                ).bool
                #expect(sideBySide == true)
                try await Self.screenshot(kiosk, "console-home-1920x1080")

                let events = try await kiosk.server.events().filter { $0.time >= began }
                #expect(events.filter { $0.kind == .back }.count == 1)
                #expect(events.filter { $0.kind == .workerNote }.map(\.step) == [walk.outcome])
                #expect(events.filter { $0.kind == .completed }.count == 1)
                #expect(events.filter { $0.kind == .abandoned }.count == 1)
                print(
                    "console keyboard walk of \(walk.procedure): \(started - signIn) keys to start it from the home, "
                        + "\(walked) keys for its \(walk.path.count) steps with one step back, no click")
            }
        }

        /// Answers every step of `walk` with keys only: Enter on the focused choice (Tab to another
        /// choice), typing and Alt+S for a number, Alt+S to continue; once, Alt+R goes back a step.
        static func follow(_ walk: ScenarioWalk, in procedure: Procedure, with keys: Keyboard, kiosk: Kiosk) async throws {
            var visits: [String: Int] = [:]
            var wentBack = false
            var index = 0
            while index < walk.path.count {
                let id = walk.path[index]
                let step = try #require(procedure.step(id))
                if step.kind == .outcome {
                    _ = try await eventually("the outcome '\(id)'") { try await kiosk.browser.elements("p.result").isEmpty ? nil : true }
                    return
                }
                _ = try await eventually("the step '\(id)'") {
                    try await kiosk.texts("#prompt").first == step.prompt.text.collapsingSpaces ? true : nil
                }
                if index == 1 && !wentBack {
                    wentBack = true
                    try await keys.shortcutForNewPage("r")
                    index = 0
                    continue
                }
                index += 1
                guard step.kind == .question else {
                    try await keys.shortcutForNewPage("s")
                    continue
                }
                let visit = visits[id, default: 0]
                visits[id] = visit + 1
                let answer = try #require(walk.answer(at: id, visit: visit), "no answer at \(id)")
                switch step.answer {
                case .number?, .date?:
                    #expect(try await keys.isFocused("#value"), "the field of \(id) has the focus")
                    try await keys.type(answer)
                    try await keys.shortcutForNewPage("s")
                default:
                    #expect(try await keys.isFocused("button.choice"), "the first answer of \(id) has the focus")
                    let choice = try #require(step.choices.firstIndex { $0.value == answer }, "no choice \(answer) at \(id)")
                    try await keys.press(.tab, times: choice)
                    try await keys.pressForNewPage(.enter)
                }
            }
            throw TestSetupError("scenario '\(walk.scenario)' ended without an outcome")
        }

        static func expectNoSeriousViolation(_ kiosk: Kiosk, _ page: String) async throws {
            let findings = try await Axe.seriousViolations(in: kiosk.browser)
            #expect(findings.isEmpty, "\(page): \(findings.joined(separator: "\n"))")
        }

        /// Saves what the screen shows as `name.png` in the folder `ARIANE_SCREENSHOTS` names, if it does.
        static func screenshot(_ kiosk: Kiosk, _ name: String) async throws {
            guard let folder = ProcessInfo.processInfo.environment["ARIANE_SCREENSHOTS"] else { return }
            let encoded = try await kiosk.browser.command("GET", "screenshot").string ?? ""
            let image = try #require(Data(base64Encoded: encoded), "the screenshot is not base64")
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try image.write(to: URL(fileURLWithPath: folder).appendingPathComponent(name + ".png"))
        }
    }
}
