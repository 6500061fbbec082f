import GuideEngine
import Hummingbird
import ProcedureModel

/// The JSON shapes of the kiosk API, as described in `docs/openapi.yaml`.
enum Api {
    struct Procedure: ResponseEncodable {
        let id: String
        let version: String
        let title: String
        let summary: String
        let language: String
    }

    struct ProcedureList: ResponseEncodable {
        let procedures: [Procedure]
    }

    struct Start: Decodable {
        let procedure: String
        let locale: String?
    }

    struct Input: Decodable {
        /// answer, continue, back, help, listen, no-input, timeout, quit, hand-off
        let type: String
        let value: String?
        let steps: Int?
        /// The id of the step the client shows; an input for another step is refused (409), nothing recorded.
        let step: String?
    }

    struct Audio: Encodable {
        /// The words spoken, for captions and screen readers.
        let text: String
        /// The SSML fragment, for clients that synthesise speech themselves.
        let ssml: String
    }

    struct Choice: Encodable {
        let value: String
        let text: String
        let audio: Audio?
    }

    struct Step: Encodable {
        let id: String
        let kind: String
        let text: String
        let audio: Audio?
        let help: String?
        let answer: String?
        let unit: String?
        let minimum: Double?
        let maximum: Double?
        let choices: [Choice]
        let documents: [String]
        let link: String?
    }

    struct HelpPoint: Encodable {
        let id: String
        let name: String
        let text: String
        let phone: String?
        let website: String?
        let address: String?
        let hours: String?
        let example: Bool
    }

    struct Outcome: Encodable {
        let result: String
        let documents: [String]
        let helpPoints: [HelpPoint]
    }

    struct Rejected: Encodable {
        let code: String
        let message: String
    }

    struct Help: Encodable {
        let text: String?
        let helpPoints: [HelpPoint]
    }

    struct Session: ResponseEncodable {
        /// Only in the answer that creates the session: keep it secret, send it as `Authorization: Bearer`.
        let token: String?
        let procedure: String
        let locale: String
        let state: String
        let step: Step?
        let path: [String]
        let canGoBack: Bool
        let checklist: [String]
        let outcome: Outcome?
        let rejected: Rejected?
        let help: Help?
        let handOffCode: String?
    }
}
