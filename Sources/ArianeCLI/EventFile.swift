import Foundation
import ProcedureModel

/// Appends events to a JSON Lines file, one object a line, written as they happen.
final class EventFile {
    private let handle: FileHandle
    private let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    init(path: String) throws {
        if !FileManager.default.fileExists(atPath: path) {
            guard FileManager.default.createFile(atPath: path, contents: nil) else {
                throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
            }
        }
        handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.seekToEnd()
    }

    deinit { try? handle.close() }

    func append(_ event: GuideEvent) throws {
        var line = try encoder.encode(event)
        line.append(UInt8(ascii: "\n"))
        try handle.write(contentsOf: line)
    }
}
