-- The per-step counts of `ariane report`, written by hand in SQL over the event log's tables
-- (Sources/EventLog/StoreSchema.swift), for bench/report_vs_sqlite3.sh to time with sqlite3.
-- Prints procedure|step|measure|sessions, sorted.

-- Sessions that entered each step, and sessions with at least one help, replay, back, no input,
-- rejection or hand-off there: distinct (session, step, kind), then counted.
SELECT p.text, s.text, k.name, count(*)
FROM (
    SELECT DISTINCT e.session, c.procedure, h.step, h.kind
    FROM event e
    JOIN context c ON c.id = e.context
    JOIN happening h ON h.id = e.happening
    WHERE h.kind IN (SELECT code FROM kind WHERE name IN
        ('step-entered', 'help-asked', 'audio-replayed', 'back', 'no-input', 'input-rejected', 'handed-off'))
) AS d
JOIN name p ON p.id = d.procedure
JOIN name s ON s.id = d.step
JOIN kind k ON k.code = d.kind
GROUP BY d.procedure, d.step, d.kind
ORDER BY 1, 2, 3;

-- Exits: sessions whose last entered step it is, among sessions that never completed.
-- (SQLite's bare columns: with max(), step and procedure come from the row with the latest time.)
WITH last_entry AS (
    SELECT e.session AS session, c.procedure AS procedure, h.step AS step, max(e.time) AS time
    FROM event e
    JOIN context c ON c.id = e.context
    JOIN happening h ON h.id = e.happening
    WHERE h.kind = (SELECT code FROM kind WHERE name = 'step-entered')
    GROUP BY e.session
),
completed AS (
    SELECT e.session
    FROM event e
    JOIN happening h ON h.id = e.happening
    WHERE h.kind = (SELECT code FROM kind WHERE name = 'completed')
)
SELECT p.text, s.text, 'exits', count(*)
FROM last_entry l
JOIN name p ON p.id = l.procedure
JOIN name s ON s.id = l.step
WHERE l.session NOT IN completed
GROUP BY l.procedure, l.step
ORDER BY 1, 2;
