import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting

/// A WAV file as the console's page writes it: 16-bit PCM, mono, a 220 Hz tone standing in for a voice.
func recordedTone(seconds: Double, rate: Int = 16000, amplitude: Double = 0.05) -> Data {
    let count = Int(seconds * Double(rate))
    var data = Data()
    func append(_ text: String) { data.append(contentsOf: Array(text.utf8)) }
    func append(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) } }
    func append(_ value: UInt16) { withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) } }
    append("RIFF")
    append(UInt32(36 + count * 2))
    append("WAVEfmt ")
    append(UInt32(16))
    append(UInt16(1))
    append(UInt16(1))
    append(UInt32(rate))
    append(UInt32(rate * 2))
    append(UInt16(2))
    append(UInt16(16))
    append("data")
    append(UInt32(count * 2))
    for index in 0..<count {
        let sample = Int16(amplitude * 32767 * sin(2 * Double.pi * 220 * Double(index) / Double(rate)))
        withUnsafeBytes(of: sample.littleEndian) { data.append(contentsOf: $0) }
    }
    return data
}

extension Desk {
    /// Sends a recording as the page's script does: the WAV as the body, the token in a header.
    func submitRecording(
        _ client: any TestClientProtocol, lang: String = "fr", item: String, consent: String? = "2026-12-1", audio: Data,
        contentType: String = "audio/wav"
    ) async throws -> TestResponse {
        var headers = HTTPFields()
        headers[.contentType] = contentType
        headers[.accept] = "application/json"
        headers[.cookie] = cookie
        if let name = HTTPField.Name("X-CSRF-Token") { headers[name] = csrf }
        let query =
            "lang=\(lang)&item=\(item.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? item)"
            + (consent.map { "&consent=\($0)" } ?? "")
        return try await client.execute(
            uri: "/console/recordings/submit?\(query)", method: .post, headers: headers, body: ByteBuffer(bytes: audio))
    }
}
