public import Foundation

/// `procedures/openfisca-variables.txt`: the variable names of the OpenFisca-France release the
/// project calls, one a line, so that `ariane check` knows them without a running web API.
///
/// Lines starting with `#` say where and when the list was read; `ariane estimate --refresh-variables`
/// writes the file anew.
public enum OpenFiscaVariableList {
    public static let fileName = "openfisca-variables.txt"

    /// The names in the file's text.
    public static func names(in text: String) -> Set<String> {
        Set(
            text.split(whereSeparator: \.isNewline)
                .map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty && !$0.hasPrefix("#") })
    }

    /// The file's text for `names`, sorted, after a header that says where they were read.
    public static func text(_ names: Set<String>, header: String) -> String {
        "# \(header)\n" + names.sorted().map { $0 + "\n" }.joined()
    }

    /// The list beside the procedures in `folder`; `nil` when there is no such file.
    public static func load(besideProceduresIn folder: String) -> Set<String>? {
        let path = folder.isEmpty ? fileName : folder + "/" + fileName
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return names(in: String(decoding: data, as: UTF8.self))
    }
}
