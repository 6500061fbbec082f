import ProcedureModel

/// A deterministic stream of events as a busy site would send them: many sessions at once,
/// interleaved in time, about ten events each.
struct SyntheticLog {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// SplitMix64: small, fast and the same on every machine.
    private mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    private mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    /// `count` events from `concurrent` sessions running side by side, in arrival order.
    mutating func events(_ count: Int, concurrent: Int = 200) -> [GuideEvent] {
        let steps = (1...20).map { "etape-\($0)" }
        let kinds: [GuideEvent.Kind] = [.stepEntered, .answered, .stepEntered, .audioPlayed, .answered, .helpAsked, .back, .noInput]
        var time: Int64 = 1_790_000_000_000
        var open: [(event: GuideEvent, left: Int)] = []
        var events: [GuideEvent] = []
        events.reserveCapacity(count)
        while events.count < count {
            if open.count < concurrent {
                let key = String(next(), radix: 16) + String(next(), radix: 16)
                let first = GuideEvent(
                    session: key, procedure: ["css", "prime-activite"][below(2)], procedureVersion: "2026-11",
                    step: steps[0], kind: .sessionStarted, time: time, channel: [.kiosk, .kiosk, .assisted, .terminal][below(4)],
                    site: "site-\(below(12) + 1)", terminal: "borne-\(below(40) + 1)", locale: ["fr", "fr", "fr", "ar", "en"][below(5)]
                )
                events.append(first)
                open.append((first, 4 + below(13)))
                continue
            }
            let slot = below(open.count)
            time += Int64(below(400))
            var event = open[slot].event
            event.time = time
            event.kind = open[slot].left == 1 ? (below(3) == 0 ? .abandoned : .completed) : kinds[below(kinds.count)]
            event.step = steps[below(steps.count)]
            event.value = event.kind == .answered ? ["oui", "non", "1", "2+"][below(4)] : nil
            event.count = event.kind == .noInput || event.kind == .back ? 1 : nil
            events.append(event)
            open[slot].left -= 1
            if open[slot].left == 0 { open.remove(at: slot) }
        }
        return events
    }
}
