import ProcedureModel

/// Amounts, ceilings and rules change every year: a source not compared with its procedure for more
/// than a year is reported, so that the yearly review is one `ariane check`.
enum Freshness: ProcedureRule {
    static func check(_ context: CheckContext) -> [Diagnostic] {
        guard let today = context.today, let yearAgo = sameDayYearBefore(today) else { return [] }
        return context.procedure.sources.compactMap { source in
            // Dates are YYYY-MM-DD (the schema's xs:date), so they sort as text.
            guard source.checked < yearAgo else { return nil }
            return context.warning(
                .staleSource,
                "\(source.href) was compared with this procedure more than 12 months ago: read it again, update what changed "
                    + "and the date; checked \(source.checked)",
                at: source.location)
        }
    }

    /// `2025-12-06` for `2026-12-06`; 29 February counts from 28 February.
    static func sameDayYearBefore(_ day: String) -> String? {
        let parts = day.split(separator: "-")
        guard parts.count == 3, let year = Int(parts[0]), parts[1].count == 2, parts[2].count == 2 else { return nil }
        let monthDay = parts[1] == "02" && parts[2] == "29" ? "02-28" : "\(parts[1])-\(parts[2])"
        let previous = String(year - 1)
        return String(repeating: "0", count: max(0, 4 - previous.count)) + previous + "-" + monthDay
    }
}
