import BlockageAnalytics
import Testing

/// The terminal table and the CSV of ``SmallReport``, to the character.
@Suite struct TextRendererTests {
    @Test func table() async throws {
        let text = TableRenderer.render(try await SmallReport.make())
        #expect(text == Self.table)
    }

    @Test func csv() async throws {
        let text = CSVRenderer.render(try await SmallReport.make())
        #expect(text == Self.csv)
    }

    static let table = """
        Blockage report, generated 2026-12-02 (UTC)
        Events: procedure aide, from 2026-11-01
        Numbers from fewer than 2 sessions are shown as <2.
        Sessions begun before the window, left out: 0

        Ten worst stuck points (score = exits + half the sessions that struggled there and went on)
          rank  procedure  step     score  reached  exits  exit rate  struggled
          1     aide       revenus      2        4      2      50.0%       0.0%

        == aide (version 1) ==
        Sessions: 5 started, 3 completed (60.0%), 2 not completed (2 abandoned, 0 timed out, 0 stopped), 0 in progress
        Outcomes: ok (eligible) 2, refus (not-eligible) <2
        Time to completion: median 30 s, p90 40 s
        Time to answer a call for a person: 0 answered, median -, p90 -

          step     reached  exits  exit rate  dwell median  dwell p90  help  replay  back  no input  rejected  hand-off  worker notes
          foyer          5      0       0.0%          14 s       17 s    <2    0.0%  0.0%      0.0%      0.0%      0.0%  -
          refus         <2      0         <2             -          -    <2      <2    <2        <2        <2        <2  -
          revenus        4      2      50.0%          35 s       47 s  0.0%    0.0%  0.0%      0.0%      0.0%      0.0%  -
          ok             2      0       0.0%             -          -  0.0%    0.0%  0.0%      0.0%      0.0%      0.0%  -

        Trend by month of session start
          period   started  completed  worst step  exit rate
          2026-11        5      60.0%  revenus         50.0%

        For whom
          group          started  completed
          channel kiosk        5      60.0%
          locale fr            5      60.0%
          site nord            5      60.0%

        """

    static let csv = """
        section,procedure,step,period,group,measure,value
        report,,,,,sessions_without_start,0
        procedure,aide,,,,started,5
        procedure,aide,,,,completed,3
        procedure,aide,,,,not_completed,2
        procedure,aide,,,,abandoned,2
        procedure,aide,,,,timed_out,0
        procedure,aide,,,,stopped,0
        procedure,aide,,,,in_progress,0
        procedure,aide,,,,completion_rate,0.6000
        procedure,aide,,,,completion_measured,3
        procedure,aide,,,,completion_median_ms,30000
        procedure,aide,,,,completion_p90_ms,39600
        procedure,aide,,,,answer_measured,0
        procedure,aide,,,,answer_median_ms,
        procedure,aide,,,,answer_p90_ms,
        outcome,aide,ok,,eligible,sessions,2
        outcome,aide,refus,,not-eligible,sessions,<2
        step,aide,foyer,,,reached,5
        step,aide,foyer,,,exits,0
        step,aide,foyer,,,exit_rate,0.0000
        step,aide,foyer,,,dwell_measured,5
        step,aide,foyer,,,dwell_median_ms,14000
        step,aide,foyer,,,dwell_p90_ms,17200
        step,aide,foyer,,,help_asked_rate,<2
        step,aide,foyer,,,audio_replayed_rate,0.0000
        step,aide,foyer,,,back_rate,0.0000
        step,aide,foyer,,,no_input_rate,0.0000
        step,aide,foyer,,,input_rejected_rate,0.0000
        step,aide,foyer,,,handed_off_rate,0.0000
        step,aide,foyer,,,struggled_rate,<2
        dwell,aide,foyer,,0-5s,sessions,0
        dwell,aide,foyer,,5-15s,sessions,3
        dwell,aide,foyer,,15-30s,sessions,2
        dwell,aide,foyer,,30-60s,sessions,0
        dwell,aide,foyer,,60-120s,sessions,0
        dwell,aide,foyer,,120-300s,sessions,0
        dwell,aide,foyer,,300-600s,sessions,0
        dwell,aide,foyer,,600s+,sessions,0
        step,aide,refus,,,reached,<2
        step,aide,refus,,,exits,0
        step,aide,refus,,,exit_rate,<2
        step,aide,refus,,,dwell_measured,0
        step,aide,refus,,,dwell_median_ms,
        step,aide,refus,,,dwell_p90_ms,
        step,aide,refus,,,help_asked_rate,<2
        step,aide,refus,,,audio_replayed_rate,<2
        step,aide,refus,,,back_rate,<2
        step,aide,refus,,,no_input_rate,<2
        step,aide,refus,,,input_rejected_rate,<2
        step,aide,refus,,,handed_off_rate,<2
        step,aide,refus,,,struggled_rate,<2
        dwell,aide,refus,,0-5s,sessions,0
        dwell,aide,refus,,5-15s,sessions,0
        dwell,aide,refus,,15-30s,sessions,0
        dwell,aide,refus,,30-60s,sessions,0
        dwell,aide,refus,,60-120s,sessions,0
        dwell,aide,refus,,120-300s,sessions,0
        dwell,aide,refus,,300-600s,sessions,0
        dwell,aide,refus,,600s+,sessions,0
        step,aide,revenus,,,reached,4
        step,aide,revenus,,,exits,2
        step,aide,revenus,,,exit_rate,0.5000
        step,aide,revenus,,,dwell_measured,4
        step,aide,revenus,,,dwell_median_ms,35000
        step,aide,revenus,,,dwell_p90_ms,47000
        step,aide,revenus,,,help_asked_rate,0.0000
        step,aide,revenus,,,audio_replayed_rate,0.0000
        step,aide,revenus,,,back_rate,0.0000
        step,aide,revenus,,,no_input_rate,0.0000
        step,aide,revenus,,,input_rejected_rate,0.0000
        step,aide,revenus,,,handed_off_rate,0.0000
        step,aide,revenus,,,struggled_rate,0.0000
        dwell,aide,revenus,,0-5s,sessions,0
        dwell,aide,revenus,,5-15s,sessions,0
        dwell,aide,revenus,,15-30s,sessions,<2
        dwell,aide,revenus,,30-60s,sessions,3
        dwell,aide,revenus,,60-120s,sessions,0
        dwell,aide,revenus,,120-300s,sessions,0
        dwell,aide,revenus,,300-600s,sessions,0
        dwell,aide,revenus,,600s+,sessions,0
        step,aide,ok,,,reached,2
        step,aide,ok,,,exits,0
        step,aide,ok,,,exit_rate,0.0000
        step,aide,ok,,,dwell_measured,0
        step,aide,ok,,,dwell_median_ms,
        step,aide,ok,,,dwell_p90_ms,
        step,aide,ok,,,help_asked_rate,0.0000
        step,aide,ok,,,audio_replayed_rate,0.0000
        step,aide,ok,,,back_rate,0.0000
        step,aide,ok,,,no_input_rate,0.0000
        step,aide,ok,,,input_rejected_rate,0.0000
        step,aide,ok,,,handed_off_rate,0.0000
        step,aide,ok,,,struggled_rate,0.0000
        dwell,aide,ok,,0-5s,sessions,0
        dwell,aide,ok,,5-15s,sessions,0
        dwell,aide,ok,,15-30s,sessions,0
        dwell,aide,ok,,30-60s,sessions,0
        dwell,aide,ok,,60-120s,sessions,0
        dwell,aide,ok,,120-300s,sessions,0
        dwell,aide,ok,,300-600s,sessions,0
        dwell,aide,ok,,600s+,sessions,0
        audience,aide,,,channel=kiosk,started,5
        audience,aide,,,channel=kiosk,completion_rate,0.6000
        audience,aide,,,locale=fr,started,5
        audience,aide,,,locale=fr,completion_rate,0.6000
        audience,aide,,,site=nord,started,5
        audience,aide,,,site=nord,completion_rate,0.6000
        trend,aide,,2026-11,,started,5
        trend,aide,,2026-11,,completion_rate,0.6000
        trend,aide,revenus,2026-11,,worst_step_exit_rate,0.5000
        stuck,aide,revenus,,1,score,2
        stuck,aide,revenus,,1,reached,4
        stuck,aide,revenus,,1,exits,2
        stuck,aide,revenus,,1,exit_rate,0.5000
        stuck,aide,revenus,,1,struggled_rate,0.0000

        """
}
