/// What the `ariane-console` cookie stands for on the server: who signed in, and the form token.
///
/// Created on the first visit to the login page (no account yet, so that the login form carries a
/// token too) and replaced, under a new cookie value, when the person signs in.
public struct ConsoleSignIn: Sendable, Codable, Hashable {
    /// `nil` until the person signs in.
    public var accountID: Int64?
    /// The synchronizer token every form of this session must send back (field `csrf`).
    public var formToken: String

    init(accountID: Int64?) {
        self.accountID = accountID
        formToken = RandomToken.make(bytes: 32)
    }
}
