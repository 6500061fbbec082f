import Foundation

/// The order of the saved sessions on the console's home: by label, A to Z as a French reader sorts
/// (case and accents aside, "Mme B." before "mme C."), then the newest first; those without a label
/// after all the others, newest first.
enum SavedOrder {
    static func before(_ left: SavedSessionEntry, _ right: SavedSessionEntry) -> Bool {
        switch (left.label, right.label) {
        case (let left?, let right?):
            let order = left.compare(right, options: [.caseInsensitive, .diacriticInsensitive, .numeric], locale: french)
            if order != .orderedSame { return order == .orderedAscending }
        case (.some, nil): return true
        case (nil, .some): return false
        case (nil, nil): break
        }
        return (left.savedAt, right.id) > (right.savedAt, left.id)
    }

    private static let french = Locale(identifier: "fr_FR")
}
