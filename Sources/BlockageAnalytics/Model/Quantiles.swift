public import ProcedureModel

/// Medians and 90th percentiles as spreadsheets compute them (`PERCENTILE.INC`, R's type 7):
/// linear interpolation between the two nearest values, rounded to the millisecond.
enum Quantiles {
    /// The `fraction` quantile (0…1) of `values`, which it reorders; `nil` when there are none.
    static func quantile(_ fraction: Double, of values: inout [Int64]) -> Int64? {
        guard !values.isEmpty else { return nil }
        let position = fraction * Double(values.count - 1)
        let lower = Int(position)
        let low = select(lower, in: &values)
        guard lower + 1 < values.count, position > Double(lower) else { return low }
        // After selecting, everything past `lower` is at least `low`: the next value is their minimum.
        let high = values[(lower + 1)...].min() ?? low
        return Int64((Double(low) + (position - Double(lower)) * Double(high - low)).rounded())
    }

    /// Median and 90th percentile, hidden by `rule` when fewer than K sessions were measured.
    static func durations(_ values: inout [Int64], _ rule: SmallGroups) -> Durations {
        let median = quantile(0.5, of: &values)
        let p90 = quantile(0.9, of: &values)
        return Durations(
            measured: rule.count(values.count),
            medianMilliseconds: rule.duration(median, measured: values.count),
            p90Milliseconds: rule.duration(p90, measured: values.count))
    }

    /// The `k`-th smallest value (from 0), found by Hoare's selection in linear time on average;
    /// leaves smaller values before position `k` and larger ones after it.
    static func select(_ k: Int, in values: inout [Int64]) -> Int64 {
        values.withUnsafeMutableBufferPointer { buffer in
            var low = 0
            var high = buffer.count - 1
            while low < high {
                // Median of three, so sorted or constant runs stay linear.
                let middle = low + (high - low) / 2
                let pivot = max(min(buffer[low], buffer[middle]), min(max(buffer[low], buffer[middle]), buffer[high]))
                var left = low
                var right = high
                while left <= right {
                    while buffer[left] < pivot { left += 1 }
                    while buffer[right] > pivot { right -= 1 }
                    if left <= right {
                        buffer.swapAt(left, right)
                        left += 1
                        right -= 1
                    }
                }
                if k <= right {
                    high = right
                } else if k >= left {
                    low = left
                } else {
                    return buffer[k]
                }
            }
            return buffer[k]
        }
    }
}

/// Dwell times in buckets, for the distribution charts.
public enum DwellHistogram {
    /// Upper limits (exclusive) in ms: under 5 s, 5–15 s, 15–30 s, 30 s–1 min, 1–2 min, 2–5 min,
    /// 5–10 min, and 10 min or more.
    public static let limits: [Milliseconds] = [5_000, 15_000, 30_000, 60_000, 120_000, 300_000, 600_000]

    /// Sessions per bucket; each bucket is hidden under K on its own.
    static func buckets(of values: [Int64], _ rule: SmallGroups) -> [Cell<Int>] {
        counts(of: values).map(rule.count)
    }

    /// Sessions per bucket, as they are.
    static func counts(of values: [Int64]) -> [Int] {
        var counts = [Int](repeating: 0, count: limits.count + 1)
        for value in values {
            var bucket = 0
            while bucket < limits.count, value >= limits[bucket] { bucket += 1 }
            counts[bucket] += 1
        }
        return counts
    }
}
