/// Medians and 90th percentiles as spreadsheets compute them (`PERCENTILE.INC`, R's type 7):
/// linear interpolation between the two nearest values, rounded to the millisecond.
enum Quantiles {
    /// The `fraction` quantile (0…1) of values already sorted ascending; `nil` when there are none.
    static func quantile(_ fraction: Double, ofSorted values: [Int64]) -> Int64? {
        guard let first = values.first else { return nil }
        guard values.count > 1 else { return first }
        let position = fraction * Double(values.count - 1)
        let lower = Int(position)
        guard lower + 1 < values.count else { return values[lower] }
        let low = Double(values[lower])
        let high = Double(values[lower + 1])
        return Int64((low + (position - Double(lower)) * (high - low)).rounded())
    }

    /// Median and 90th percentile, hidden by `rule` when fewer than K sessions were measured.
    static func durations(_ values: inout [Int64], _ rule: SmallGroups) -> Durations {
        values.sort()
        return Durations(
            measured: rule.count(values.count),
            medianMilliseconds: rule.duration(quantile(0.5, ofSorted: values), measured: values.count),
            p90Milliseconds: rule.duration(quantile(0.9, ofSorted: values), measured: values.count)
        )
    }
}

/// Dwell times in buckets, for the distribution charts.
public enum DwellHistogram {
    /// Upper limits (exclusive) in ms: under 5 s, 5–15 s, 15–30 s, 30 s–1 min, 1–2 min, 2–5 min,
    /// 5–10 min, and 10 min or more.
    public static let limits: [Int64] = [5_000, 15_000, 30_000, 60_000, 120_000, 300_000, 600_000]

    /// Sessions per bucket, from sorted dwell times; each bucket is hidden under K on its own.
    static func buckets(ofSorted values: [Int64], _ rule: SmallGroups) -> [Cell<Int>] {
        var counts = [Int](repeating: 0, count: limits.count + 1)
        var bucket = 0
        for value in values {
            while bucket < limits.count, value >= limits[bucket] { bucket += 1 }
            counts[bucket] += 1
        }
        return counts.map(rule.count)
    }
}
