import ArgumentParser
import Estimates
import Foundation
import KioskWords
import ProcedureModel
import ProcedureXML

/// `ariane estimate`: what a household may receive, computed by an OpenFisca-France web API, from an
/// answers file written with the estimate questions' names (docs/format.md, "Estimates").
struct EstimateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "estimate",
        abstract: "Estimate RSA, prime d'activité, housing aid, family allowances and CSS with OpenFisca-France.",
        discussion: """
            Run an OpenFisca-France web API beside Ariane (README, "Estimates"), then:
              ariane estimate --answers household.json --openfisca http://127.0.0.1:5055
              ariane estimate --refresh-variables --openfisca http://127.0.0.1:5055
            Exit status: 0 with an estimate, 1 when OpenFisca did not answer or the answers cannot be read.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json
    }

    @Option(help: "The answers, a JSON object keyed by estimate question (en-couple, enfants, age, salaire, chomage, logement, loyer, commune).")
    var answers: String?

    @Option(help: "The OpenFisca-France web API, e.g. http://127.0.0.1:5055.")
    var openfisca: String

    @Option(help: "table or json.")
    var format: Format = .table

    @Option(name: .customLong("benefit"), help: "An OpenFisca variable to compute; repeat for several (default: the kiosk's six).")
    var benefits: [String] = EstimateCommand.kioskBenefits

    @Option(help: "The month of the rules, YYYY-MM (default: this month).")
    var period: String = Situation.period(of: Date())

    @Option(help: "The language of the sentences under the table: fr, en or ar.")
    var language: String = "fr"

    @Option(help: "The folder of translations, where the sentences' words are (interface.xlf).")
    var locales: String = "locales"

    @Option(help: "Seconds to wait for OpenFisca.")
    var timeout: Double = 8

    @Flag(help: "Write the web API's variable names to --variables-file instead of estimating.")
    var refreshVariables = false

    @Option(help: "The list `ariane check` reads.")
    var variablesFile: String = "procedures/" + OpenFiscaVariableList.fileName

    static let kioskBenefits = ["rsa", "ppa", "aide_logement", "af", "cmu_c", "css_participation_forfaitaire"]

    func validate() throws {
        guard period.wholeMatch(of: /\d{4}-(0[1-9]|1[0-2])/) != nil else {
            throw ValidationError("--period takes a month written YYYY-MM, such as 2026-12, not '\(period)'")
        }
        guard refreshVariables || answers != nil else { throw ValidationError("give --answers FILE.json, or --refresh-variables") }
        guard timeout > 0 else { throw ValidationError("--timeout takes a number of seconds above 0, not \(timeout)") }
    }

    func run() async throws {
        let client = OpenFiscaClient(url: openfisca, timeout: .milliseconds(Int(timeout * 1000)))
        do {
            if refreshVariables {
                try await refresh(client)
            } else if let answers {
                try await estimate(answersFile: answers, client)
            }
        } catch let error as EstimateError {
            Console.error("error: \(error)")
            throw ExitCode.failure
        }
    }

    private func refresh(_ client: OpenFiscaClient) async throws {
        let (names, version) = try await client.variables()
        let header = "\(version): the variables of its web API, written by `ariane estimate --refresh-variables`"
        do {
            try OpenFiscaVariableList.text(names, header: header).write(toFile: variablesFile, atomically: true, encoding: .utf8)
        } catch {
            Console.error("error: \(variablesFile): cannot write the variable list: \(error.localizedDescription)")
            throw ExitCode.failure
        }
        Console.out("\(variablesFile): \(Console.plural(names.count, "variable")) of \(version)")
    }

    private func estimate(answersFile: String, _ client: OpenFiscaClient) async throws {
        guard let data = FileManager.default.contents(atPath: answersFile) else {
            throw EstimateError.answers(file: answersFile, "cannot be read")
        }
        let answers = try EstimateAnswers(json: data, file: answersFile)
        let result = try await Estimator(client: client).estimate(answers, variables: benefits, period: period)
        switch format {
        case .json: Console.write(EstimateOutput.json(result))
        case .table: Console.write(EstimateOutput.table(result, words: interfaceWords()))
        }
    }

    /// The kiosk's words in `--language`, French where a word is not translated (or the language not at all).
    private func interfaceWords() -> InterfaceText {
        guard language != "fr" else { return InterfaceText(french: KioskText.allFrench) }
        let (locale, _) = TranslationLoader.load(language, from: locales)
        return InterfaceText(french: KioskText.allFrench, catalogue: locale.catalogue(LocaleTranslations.SharedFile.interface.rawValue))
    }
}
