/// A JSON object whose fields are kept as ``FieldValue``s.
struct JSONRecord: Decodable {
    var fields: [String: FieldValue]

    init(from decoder: any Decoder) throws {
        fields = try decoder.singleValueContainer().decode([String: FieldValue].self)
    }
}
