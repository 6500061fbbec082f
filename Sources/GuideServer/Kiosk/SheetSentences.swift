import Foundation

/// An outcome's instructions, one sentence a line: each is a thing to do, in the order written.
enum SheetSentences {
    /// Splits after `.` or `!` followed by a space; a question stays with the answer after it
    /// ("Pas de compte ? Une personne peut vous aider.").
    static func split(_ text: String) -> [String] {
        var sentences: [String] = []
        var current = ""
        var previous: Character?
        for character in text {
            if character.isWhitespace, let end = previous, end == "." || end == "!" {
                let sentence = current.trimmingCharacters(in: .whitespaces)
                if !sentence.isEmpty { sentences.append(sentence) }
                current = ""
            } else {
                current.append(character)
            }
            previous = character
        }
        let last = current.trimmingCharacters(in: .whitespaces)
        if !last.isEmpty { sentences.append(last) }
        return sentences
    }
}
