import Mustache

/// A view model handed to the templates behind a reference, answering the same lookups.
///
/// At every `{{name}}`, swift-mustache asks each object on its stack `as? MustacheParent`; a struct
/// larger than three words (a page's frame, a step's view) is then copied into a new heap box, all its
/// fields retained, and dropped again: a step page made some seventy such boxes. A class reference is
/// passed as it is.
final class TemplateParent: MustacheParent, CustomStringConvertible {
    private let value: any MustacheParent

    private init(_ value: any MustacheParent) {
        self.value = value
    }

    func child(named name: String) -> Any? {
        value.child(named: name)
    }

    /// What the value itself prints.
    var description: String { String(describing: value) }

    /// `value` behind a reference if the templates only look names up in it; a value they may also loop
    /// over, test, transform or print themselves (arrays, dictionaries, booleans, custom renderings) is
    /// left as it is, so that every section and transform sees what it saw before.
    static func wrapping(_ value: Any) -> Any {
        guard let parent = value as? any MustacheParent, !(value is TemplateParent), !(value is any MustacheSequence),
            !(value is any MustacheTransformable), !(value is Bool), !(value is any MustacheCustomRenderable),
            !(value is any MustacheCustomRepresentation)
        else { return value }
        return TemplateParent(parent)
    }
}
