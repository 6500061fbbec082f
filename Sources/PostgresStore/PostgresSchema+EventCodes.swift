extension PostgresSchema {
    /// Where and what of every event as small integers, as the SQLite log keeps them: each distinct
    /// context (procedure, version, channel, site, terminal, locale) and happening (kind, step, value,
    /// reason, count) is a row of its own table, and each event carries both ids beside its text,
    /// and `packed`: its time, seq and both ids in 24 bytes, made by the server as the row is written.
    /// A report reads the context and `packed` from the report-order index alone (an index-only
    /// scan) and joins each session's `packed` into one value (see
    /// ``PostgresEventStore/codedQuery(matching:sessions:contexts:)``), where it read thirteen
    /// columns of text from the table: the server's share of a report was mostly sending that text.
    ///
    /// A row is found by a key, the SHA-256 of its fields, each written as its length in bytes, `:`
    /// and itself (`-` for none): one unique index whatever the fields' length, and one definition,
    /// in SQL, for the rows written now and the ones carried over. The text columns stay, so exports
    /// and every other reader are unchanged. Existing events get their ids here, in the migration's
    /// one transaction; nothing is deleted.
    static let codeEvents = [
        // Built-in functions only, spelled out in both: pg_dump restores with an empty search_path,
        // where a key calling a function of ours would not be found (and the restore would fail).
        """
        CREATE FUNCTION ariane_context_key(procedure text, version text, channel text, site text, terminal text, locale text)
        RETURNS bytea LANGUAGE sql IMMUTABLE PARALLEL SAFE
        AS $$ SELECT sha256(convert_to(
            coalesce(octet_length(procedure)::text || ':' || procedure, '-')
            || coalesce(octet_length(version)::text || ':' || version, '-')
            || coalesce(octet_length(channel)::text || ':' || channel, '-')
            || coalesce(octet_length(site)::text || ':' || site, '-')
            || coalesce(octet_length(terminal)::text || ':' || terminal, '-')
            || coalesce(octet_length(locale)::text || ':' || locale, '-'), 'UTF8')) $$
        """,
        """
        CREATE FUNCTION ariane_happening_key(kind text, step text, value text, reason text, count integer)
        RETURNS bytea LANGUAGE sql IMMUTABLE PARALLEL SAFE
        AS $$ SELECT sha256(convert_to(
            coalesce(octet_length(kind)::text || ':' || kind, '-')
            || coalesce(octet_length(step)::text || ':' || step, '-')
            || coalesce(octet_length(value)::text || ':' || value, '-')
            || coalesce(octet_length(reason)::text || ':' || reason, '-')
            || coalesce(octet_length(count::text)::text || ':' || count::text, '-'), 'UTF8')) $$
        """,
        """
        CREATE TABLE event_context (
            id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            procedure text NOT NULL,
            procedure_version text NOT NULL,
            channel text NOT NULL,
            site text,
            terminal text,
            locale text NOT NULL,
            key bytea NOT NULL UNIQUE
                GENERATED ALWAYS AS (ariane_context_key(procedure, procedure_version, channel, site, terminal, locale)) STORED
        )
        """,
        """
        CREATE TABLE event_happening (
            id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            kind text NOT NULL,
            step text,
            value text,
            reason text,
            count integer,
            key bytea NOT NULL UNIQUE GENERATED ALWAYS AS (ariane_happening_key(kind, step, value, reason, count)) STORED
        )
        """,
        """
        INSERT INTO event_context (procedure, procedure_version, channel, site, terminal, locale)
        SELECT DISTINCT procedure, procedure_version, channel, site, terminal, locale FROM event
        """,
        """
        INSERT INTO event_happening (kind, step, value, reason, count)
        SELECT DISTINCT kind, step, value, reason, count FROM event
        """,
        // What a report reads of an event, packed once when it is written rather than at every report.
        """
        ALTER TABLE event ADD COLUMN context integer, ADD COLUMN happening integer,
            ADD COLUMN packed bytea GENERATED ALWAYS AS (int8send(time) || int8send(seq) || int4send(context) || int4send(happening)) STORED
        """,
        """
        UPDATE event e SET context = c.id, happening = h.id
        FROM event_context c, event_happening h
        WHERE c.key = ariane_context_key(e.procedure, e.procedure_version, e.channel, e.site, e.terminal, e.locale)
            AND h.key = ariane_happening_key(e.kind, e.step, e.value, e.reason, e.count)
        """,
        "ALTER TABLE event ALTER COLUMN context SET NOT NULL, ALTER COLUMN happening SET NOT NULL",
        "DROP INDEX event_in_report_order",
        "CREATE INDEX event_in_report_order ON event (session_number, time, seq) INCLUDE (context, packed)",
    ]
}
