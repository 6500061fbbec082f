import EventLog
import ProcedureModel

/// What ``SessionFold`` reads of an event, whichever way the store hands it over: a ``GuideEvent``,
/// or ids into the tables of an SQLite log (``CodedEvent``).
protocol FoldedEvent {
    var kind: GuideEvent.Kind { get }
    var time: Int64 { get }
    var value: String? { get }
    var reason: String? { get }
    /// The number of the event's step in the tally of the session being read, numbered if new;
    /// `nil` when the event names no step.
    func stepNumber(in fold: inout SessionFold) -> Int?
}

extension GuideEvent: FoldedEvent {
    func stepNumber(in fold: inout SessionFold) -> Int? { fold.number(of: self.step) }
}

/// An event of ``CodedEvents``: its time, and its happening read in place from the chunk's table,
/// its strings only when asked for (a fold asks for few of them).
struct CodedEvent: FoldedEvent {
    let time: Int64
    /// The happening's id: an index into `happenings`.
    let id: Int
    let happenings: UnsafeBufferPointer<StoredHappening>

    var kind: GuideEvent.Kind { happenings[id].kind }
    var value: String? { happenings[id].value }
    var reason: String? { happenings[id].reason }

    func stepNumber(in fold: inout SessionFold) -> Int? {
        fold.number(ofHappening: id) { happenings[id].step }
    }
}
