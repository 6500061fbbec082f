/// How long a session may stay untouched before the server ends it, and when it then counts as ended.
struct IdleRule: Sendable {
    /// Milliseconds after the last touch at which the session counts as ended: on a kiosk, when the
    /// page's own timer would have ended it.
    let endsAfter: Int64
    /// How much longer the server waits before ending it itself, so that a page whose timer runs
    /// always ends its own session: the server steps in only where the timer could not.
    let grace: Int64

    /// When `entry`'s session counts as ended, or `nil` while it may go on at `now`.
    func end(of entry: LiveSession, at now: Int64) -> Int64? {
        // A resident waiting for a mediator reads their code from this screen: it lives while the code
        // works. A resident who went back to the steps is on a page with an idle timer again.
        if entry.awaitingMediator, let code = entry.handOff {
            return now < code.expires ? nil : code.expires
        }
        guard now > entry.lastActivityMilliseconds + endsAfter + grace else { return nil }
        return entry.lastActivityMilliseconds + endsAfter
    }
}

extension IdleRule {
    /// On a kiosk: the page asks "Vous êtes toujours là ?" after `idleSeconds` without a touch,
    /// `idlePrompts` times, and ends the session `idleSeconds` after the last time; the grace is one
    /// more `idleSeconds`. `nil` when the kiosk has no idle timer (`idleSeconds` 0).
    static func kiosk(_ settings: ServerSettings) -> IdleRule? {
        guard settings.idleSeconds > 0 else { return nil }
        let wait = Int64(settings.idleSeconds) * 1000
        return IdleRule(endsAfter: wait * Int64(max(settings.idlePrompts, 0) + 1), grace: wait)
    }

    /// At a worker's desk, where no page timer runs: a session untouched for as long as a sign-in
    /// lasts (eight hours by default) was left open when the worker went home.
    static func desk(_ settings: ConsoleSettings) -> IdleRule {
        IdleRule(endsAfter: Int64(settings.idleSeconds) * 1000, grace: 0)
    }
}
