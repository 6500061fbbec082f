/// A moment, in milliseconds since 1970-01-01 00:00 UTC: how every time crosses Ariane's modules
/// (an event's time, the engine's inputs, the stores' filters, the server's clock), named so that
/// nobody has to guess the unit.
public typealias MillisecondsSince1970 = Int64

/// A length of time in milliseconds: a dwell time, a window, a bucket of a histogram.
public typealias Milliseconds = Int64
