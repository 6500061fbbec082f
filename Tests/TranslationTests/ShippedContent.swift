import Foundation

/// The repository's own folders, so that the tests read what the kiosk ships.
enum ShippedContent {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized

    static var procedures: String { root.appendingPathComponent("procedures").path }
    static var locales: String { root.appendingPathComponent("locales").path }
}
