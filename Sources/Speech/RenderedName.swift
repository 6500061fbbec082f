import Crypto
import Foundation

/// The cache file name of one rendering: the SHA-256 of everything that changes the sound.
///
/// A word gap is part of the key only when there is one, so the files rendered before word gaps existed
/// keep their names.
///
/// Same engine version, voice, rate, pitch and SSML give the same name, so an existing file is a
/// rendering that can be reused as it is, and any change gives a new file without an index to keep.
struct RenderedName: Hashable {
    var engineVersion: String
    var voice: VoiceSettings
    var document: String

    var fileName: String {
        // One field a line, the SSML last: it is the only field that may hold a newline.
        let gap = voice.wordGap == 0 ? [] : ["gap \(voice.wordGap)"]
        let key = (["espeak-ng \(engineVersion)", voice.voice, String(voice.rate), String(voice.pitch)] + gap + [document])
            .joined(separator: "\n")
        let digest = SHA256.hash(data: Data(key.utf8))
        return digest.map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined() + ".wav"
    }
}
