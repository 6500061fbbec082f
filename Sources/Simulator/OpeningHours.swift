/// When the places that host kiosks are open, over the weeks a simulation covers.
///
/// Monday to Friday 9:00–12:00 and 13:30–17:00, Saturday 9:00–12:00, French winter time (UTC+1).
/// Sessions are spread evenly over the open time, in order, so that session `i` of `n` starts
/// after session `i - 1`, as they would arrive at a server.
struct OpeningHours {
    /// Open periods as (start, length) in ms since 1970, in time order.
    private var periods: [(start: Int64, length: Int64)] = []
    /// Open time before each period.
    private var before: [Int64] = []
    private(set) var total: Int64 = 0

    /// `firstMidnight`: the first day's midnight UTC, in ms since 1970.
    init(from firstMidnight: Int64, days: Int) {
        let hour: Int64 = 3_600_000
        let utcOffset = hour  // Paris in winter
        for offset in 0..<max(days, 1) {
            let midnight = firstMidnight + Int64(offset) * 24 * hour
            // 1970-01-01 was a Thursday: (days + 3) % 7 is 0 on Mondays.
            let weekday = (midnight / (24 * hour) + 3) % 7
            var open: [(Double, Double)] = []
            if weekday < 5 { open = [(9, 12), (13.5, 17)] } else if weekday == 5 { open = [(9, 12)] }
            for (from, to) in open {
                let start = midnight + Int64(from * Double(hour)) - utcOffset
                before.append(total)
                periods.append((start, Int64((to - from) * Double(hour))))
                total += Int64((to - from) * Double(hour))
            }
        }
        if periods.isEmpty {
            // A single Sunday: open all day rather than never.
            before = [0]
            periods = [(firstMidnight, 24 * hour)]
            total = 24 * hour
        }
    }

    /// The moment `fraction` (0 to 1) of the way through the open time.
    func moment(at fraction: Double) -> Int64 {
        let target = Int64(fraction * Double(total))
        // The last period that starts at or before `target` in open time.
        var low = 0
        var high = periods.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if before[middle] <= target { low = middle } else { high = middle - 1 }
        }
        return periods[low].start + min(target - before[low], periods[low].length - 1)
    }
}
