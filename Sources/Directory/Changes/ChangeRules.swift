import Foundation

/// What a proposal may hold and what approving it does to a place: the same in every store.
extension ProposedChange {
    /// Refuses a value the kiosk could not use (a date that is not one, a language code that is not one, a new place without a name).
    package func check() throws(ChangeError) {
        switch kind {
        case .newPlace:
            guard let place = try? PlaceJSON.decode(proposed) else { throw .badValue(.newPlace, "not a place") }
            guard place.feed == .local, !place.name.isEmpty else { throw .badValue(.newPlace, "a new place is local and has a name") }
        case .closedUntil:
            let text = proposed.trimmingCharacters(in: .whitespaces)
            if !text.isEmpty, !Pattern.date.matches(text) { throw .badValue(.closedUntil, "\"\(text)\" is not a date (YYYY-MM-DD)") }
        case .languages:
            let codes = proposed.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            if let bad = codes.first(where: { !(2...3).contains($0.count) || !$0.allSatisfy(\.isLetter) }) {
                throw .badValue(.languages, "\"\(bad)\" is not a language code (ISO 639: fr, ar, en…)")
            }
        case .hours:
            break
        }
    }

    /// The proposed new place (a ``Kind/newPlace`` proposal).
    package func newPlace() throws(ChangeError) -> Place {
        guard let place = try? PlaceJSON.decode(proposed) else { throw .badValue(.newPlace, "not a place") }
        return place
    }

    /// The field this proposal changes, as `place` holds it now (nil for a new place).
    package func currentValue(in place: Place) -> String? {
        switch kind {
        case .newPlace: nil
        case .hours: place.hours
        case .languages: place.languages.joined(separator: ",")
        case .closedUntil: place.closedUntil
        }
    }

    /// `place` with the proposed value (not for a new place).
    package func applied(to place: Place) -> Place {
        var place = place
        let text = proposed.trimmingCharacters(in: .whitespaces)
        switch kind {
        case .hours: place.hours = text.isEmpty ? nil : text
        case .languages: place.languages = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty }
        case .closedUntil: place.closedUntil = text.isEmpty ? nil : text
        case .newPlace: break
        }
        return place
    }
}
