extension GuideEvent {
    /// The keys of `ariane run --events` and of every export, one per public field.
    enum CodingKeys: String, CodingKey {
        case session, procedure, procedureVersion, step, kind, time, channel, site, terminal, locale, value, reason,
            count
    }

    /// Written as if every field were stored inline: absent values are left out.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(session, forKey: .session)
        try container.encode(procedure, forKey: .procedure)
        try container.encode(procedureVersion, forKey: .procedureVersion)
        try container.encodeIfPresent(step, forKey: .step)
        try container.encode(kind, forKey: .kind)
        try container.encode(time, forKey: .time)
        try container.encode(channel, forKey: .channel)
        try container.encodeIfPresent(site, forKey: .site)
        try container.encodeIfPresent(terminal, forKey: .terminal)
        try container.encode(locale, forKey: .locale)
        try container.encodeIfPresent(value, forKey: .value)
        try container.encodeIfPresent(reason, forKey: .reason)
        try container.encodeIfPresent(count, forKey: .count)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            session: try container.decode(String.self, forKey: .session),
            procedure: try container.decode(String.self, forKey: .procedure),
            procedureVersion: try container.decode(String.self, forKey: .procedureVersion),
            step: try container.decodeIfPresent(String.self, forKey: .step),
            kind: try container.decode(Kind.self, forKey: .kind),
            time: try container.decode(MillisecondsSince1970.self, forKey: .time),
            channel: try container.decode(Channel.self, forKey: .channel),
            site: try container.decodeIfPresent(String.self, forKey: .site),
            terminal: try container.decodeIfPresent(String.self, forKey: .terminal),
            locale: try container.decode(String.self, forKey: .locale),
            value: try container.decodeIfPresent(String.self, forKey: .value),
            reason: try container.decodeIfPresent(String.self, forKey: .reason),
            count: try container.decodeIfPresent(Int.self, forKey: .count))
    }
}
