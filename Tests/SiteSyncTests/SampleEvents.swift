import ProcedureModel

/// Made-up events of one site and terminal: ten to a session, one a second from `start`.
func sampleEvents(site: String?, terminal: String?, count: Int, start: MillisecondsSince1970, spacing: MillisecondsSince1970 = 1_000) -> [GuideEvent] {
    (0..<count).map { index in
        let time = start + Int64(index) * spacing
        return GuideEvent(
            session: "\(site ?? "none")-\(terminal ?? "none")-\(start)-\(index / 10)", procedure: "essai", procedureVersion: "1",
            step: "etape-\(index % 10)", kind: index % 10 == 0 ? .sessionStarted : .answered, time: time, channel: .kiosk, site: site,
            terminal: terminal, locale: "fr", value: index % 10 == 0 ? nil : "\(index % 7)", count: index % 5 == 0 ? index % 3 : nil)
    }
}
