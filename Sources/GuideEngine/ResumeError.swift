/// Why a saved session cannot be continued with the procedure given.
public struct ResumeError: Error, Sendable, Hashable, CustomStringConvertible {
    public var description: String

    init(_ description: String) {
        self.description = description
    }
}
