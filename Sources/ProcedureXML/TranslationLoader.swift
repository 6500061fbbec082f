import Foundation
public import ProcedureModel

/// Finds and reads the translations under `locales/`: one folder per language, `.xlf` files inside.
public enum TranslationLoader {
    /// The language folders under `folder`, sorted; none when the folder does not exist.
    public static func languages(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { name in
            var isDirectory: ObjCBool = false
            let path = (folder as NSString).appendingPathComponent(name)
            return !name.hasPrefix(".") && FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
        }.sorted()
    }

    /// Every language under `folder`, each with its files and the problems found reading them.
    public static func loadAll(from folder: String) -> (locales: [LocaleTranslations], problems: [Diagnostic]) {
        var problems: [Diagnostic] = []
        let locales = languages(in: folder).map { language in
            let (locale, found) = load(language, from: folder)
            problems += found
            return locale
        }
        return (locales, problems)
    }

    /// The `.xlf` files of one language; files that cannot be read are left out and reported.
    public static func load(_ language: String, from folder: String) -> (locale: LocaleTranslations, problems: [Diagnostic]) {
        let languageFolder = (folder as NSString).appendingPathComponent(language)
        var locale = LocaleTranslations(language: language, folder: languageFolder)
        var problems: [Diagnostic] = []
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: languageFolder)) ?? []).filter { $0.hasSuffix(".xlf") }.sorted()
        for name in names {
            let path = locale.path(of: String(name.dropLast(".xlf".count)))
            do throws(DiagnosticList) {
                let (file, found) = try XliffReader.read(at: path)
                problems += found
                if !file.targetLanguage.isEmpty, file.targetLanguage != language {
                    problems.append(
                        Diagnostic(
                            file: path, location: file.location,
                            message: "target-language is '\(file.targetLanguage)' but the file is in the '\(language)' folder"))
                }
                locale.files[String(name.dropLast(".xlf".count))] = file
            } catch {
                problems += error.diagnostics
            }
        }
        let termsPath = (languageFolder as NSString).appendingPathComponent(TermbaseReader.fileName)
        if FileManager.default.fileExists(atPath: termsPath) {
            do throws(DiagnosticList) {
                let (termbase, found) = try TermbaseReader.read(at: termsPath, language: language)
                locale.termbase = termbase
                problems += found
            } catch {
                problems += error.diagnostics
            }
        }
        return (locale, problems)
    }
}
