import GuideEngine

/// The `action` of a kiosk form, as an engine input.
enum KioskAction {
    static func input(_ action: String, value: String?) -> Input? {
        switch action {
        case "answer": .answer(value ?? "")
        case "continue": .proceed
        case "back": .back(steps: 1)
        case "help": .help
        case "listen": .listen
        case "no-input": .noInput
        case "timeout": .timeout
        case "quit": .abandon
        default: nil
        }
    }
}
