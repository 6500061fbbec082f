import Foundation
import Testing

/// Reads QR codes back with Debian's `zbarimg` (zbar-tools), as a phone's camera would.
enum QRReader {
    static var zbarimg: String? {
        ["/usr/bin/zbarimg", "/usr/local/bin/zbarimg"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// The text of the code in an image file (PNG, PGM…).
    static func read(imageAt path: String) throws -> String {
        let program = try #require(zbarimg, "zbarimg is missing: apt-get install zbar-tools")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = ["--raw", "-q", path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw TestSetupError("zbarimg found no QR code in \(path) (status \(process.terminationStatus))") }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Paints an `<svg class="qr">` the way a browser would (its white square, then each rectangle of
    /// its path, `M x y h w v1 h-w z`), eight pixels a module, into a greyscale PGM, and reads it.
    static func read(svg: String) throws -> String {
        let side = try #require(svg.firstMatch(of: /viewBox="0 0 (\d+) \d+"/).flatMap { Int($0.1) }, "no viewBox in \(svg.prefix(200))")
        let scale = 8
        let pixels = side * scale
        var image = [UInt8](repeating: 255, count: pixels * pixels)
        for run in svg.matches(of: /M(\d+) (\d+)h(\d+)v1h-\d+z/) {
            guard let x = Int(run.1), let y = Int(run.2), let width = Int(run.3) else { continue }
            for row in (y * scale)..<((y + 1) * scale) {
                for column in (x * scale)..<((x + width) * scale) { image[row * pixels + column] = 0 }
            }
        }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("ariane-qr-\(UUID().uuidString).pgm")
        defer { try? FileManager.default.removeItem(at: file) }
        try (Data("P5\n\(pixels) \(pixels)\n255\n".utf8) + Data(image)).write(to: file)
        return try read(imageAt: file.path)
    }

    /// Every `<svg class="qr">…</svg>` in a page, in order.
    static func codes(in page: String) -> [String] {
        page.matches(of: /<svg class="qr"[^>]*>.*?<\/svg>/).map { String($0.0) }
    }
}
