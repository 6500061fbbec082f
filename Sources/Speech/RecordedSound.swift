public import Foundation

/// A WAV file sent from a console browser, read far enough to refuse what is not a short spoken prompt.
///
/// The console records PCM in the page (see `record.js`) precisely so that the server reads a header
/// it can check in a few lines and sox can convert, with nothing to install.
public struct RecordedSound: Sendable, Hashable {
    public var sampleRate: Int
    public var channels: Int
    public var bitsPerSample: Int
    /// Length of the sound, in milliseconds.
    public var milliseconds: Int

    /// A spoken prompt lasts a few seconds; the longest scripts are cut at 30 s by `ariane check`.
    public static let longest = 60_000
    public static let shortest = 300
    /// A minute of 16-bit mono at 48 kHz, with room for the header: larger is not a prompt.
    public static let largestFile = 6_000_000

    /// Reads the header of `data`; throws, saying why, for anything but integer or float PCM of a
    /// prompt's length in a file no larger than ``largestFile``.
    public init(_ data: Data) throws(SpeechError) {
        func refuse(_ message: String) -> SpeechError { SpeechError(subject: "the recording", message: message) }
        guard data.count <= Self.largestFile else {
            throw refuse("is \(data.count / 1000) kB, more than the \(Self.largestFile / 1000) kB a prompt of a minute takes")
        }
        let bytes = [UInt8](data)
        func text(_ at: Int) -> String { String(decoding: bytes[at..<min(at + 4, bytes.count)], as: UTF8.self) }
        func number(_ at: Int, _ size: Int) -> Int {
            (0..<size).reduce(0) { $0 | Int(bytes[at + $1]) << (8 * $1) }
        }
        guard bytes.count >= 12, text(0) == "RIFF", text(8) == "WAVE" else { throw refuse("is not a WAV file") }
        var format: (code: Int, channels: Int, rate: Int, bits: Int)?
        var dataSize: Int?
        var at = 12
        while at + 8 <= bytes.count, dataSize == nil {
            let id = text(at)
            let size = number(at + 4, 4)
            if id == "fmt ", size >= 16, at + 24 <= bytes.count {
                format = (number(at + 8, 2), number(at + 10, 2), number(at + 12, 4), number(at + 22, 2))
            } else if id == "data" {
                // A browser streaming a WAV may leave the size at its maximum: the rest of the file is sound.
                dataSize = min(size, bytes.count - at - 8)
            }
            at += 8 + size + size % 2
        }
        guard let format else { throw refuse("has no format chunk") }
        // 1: integer PCM; 3: floating point; 0xFFFE: the extensible header, which browsers write for PCM too.
        guard [1, 3, 0xFFFE].contains(format.code), [8, 16, 24, 32].contains(format.bits) else {
            throw refuse("is not PCM sound (format \(format.code), \(format.bits) bits)")
        }
        guard (1...2).contains(format.channels), (8000...96000).contains(format.rate) else {
            throw refuse("has \(format.channels) channels at \(format.rate) Hz, not a voice recorded in a browser")
        }
        guard let dataSize, dataSize > 0 else { throw refuse("holds no sound") }
        sampleRate = format.rate
        channels = format.channels
        bitsPerSample = format.bits
        milliseconds = Int(Double(dataSize) / Double(format.channels * format.bits / 8 * format.rate) * 1000)
        guard milliseconds >= Self.shortest else { throw refuse("lasts \(milliseconds) ms: nothing was said") }
        guard milliseconds <= Self.longest else {
            throw refuse("lasts \(milliseconds / 1000) s, more than the \(Self.longest / 1000) s a prompt may take")
        }
    }
}
