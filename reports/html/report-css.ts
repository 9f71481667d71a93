/**
 * The page's only stylesheet, inline (the report opens from disk, offline). Timeline colours
 * live here too, so each SVG carries classes rather than repeated colours.
 */
export const REPORT_CSS = `
:root { --fg:#1f2328; --muted:#59636e; --line:#d1d9e0; --bg:#fff; --soft:#f6f8fa;
  --pass:#1a7f37; --pass-bg:#dafbe1; --fail:#cf222e; --fail-bg:#ffebe9; --err:#9a6700; --err-bg:#fff8c5; --skip:#59636e; --skip-bg:#eff2f5; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; color: var(--fg); background: var(--bg); }
main { max-width: 1240px; margin: 0 auto; padding: 20px 24px 60px; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 32px 0 10px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
h3 { font-size: 16px; margin: 0 0 6px; }
a { color: #0969da; }
code, pre, .mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: 12.5px; }
pre { background: var(--soft); border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; overflow: auto; max-height: 420px; margin: 6px 0; }
.muted { color: var(--muted); }
.verdict { font-size: 15px; font-weight: 600; padding: 8px 12px; border-radius: 6px; margin: 10px 0 14px; display: inline-block; }
.verdict.ok { background: var(--pass-bg); color: var(--pass); }
.verdict.bad { background: var(--fail-bg); color: var(--fail); }
.runs { display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 12px; }
.run-card { border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; }
.run-card h3 { display: flex; gap: 8px; align-items: baseline; flex-wrap: wrap; }
.run-card dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 6px 0 0; }
.run-card dt { color: var(--muted); }
.run-card dd { margin: 0; overflow-wrap: anywhere; }
.counts { display: flex; gap: 6px; flex-wrap: wrap; margin-top: 8px; }
.badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 12px; font-weight: 600; white-space: nowrap; }
.st-passed { background: var(--pass-bg); color: var(--pass); }
.st-violated { background: var(--fail-bg); color: var(--fail); }
.st-errored { background: var(--err-bg); color: var(--err); }
.st-skipped, .st-absent { background: var(--skip-bg); color: var(--skip); }
.st-interrupted { background: var(--err-bg); color: var(--err); }
.filters { display: flex; gap: 14px; align-items: center; flex-wrap: wrap; margin: 8px 0 10px; }
.filters input[type=search] { font: inherit; padding: 5px 9px; border: 1px solid var(--line); border-radius: 6px; min-width: 280px; }
.filters label { display: inline-flex; gap: 5px; align-items: center; cursor: pointer; }
.matrix-wrap { overflow-x: auto; border: 1px solid var(--line); border-radius: 8px; }
table.matrix { border-collapse: collapse; width: 100%; }
.matrix th, .matrix td { text-align: left; padding: 5px 10px; border-bottom: 1px solid var(--line); vertical-align: top; }
.matrix thead th { background: var(--soft); position: sticky; top: 0; font-size: 13px; }
.matrix tbody tr:last-child td { border-bottom: 0; }
.matrix tr.disagree td:first-child { box-shadow: inset 3px 0 0 var(--fail); }
.matrix td { font-size: 13px; }
.matrix .inv-id { font-weight: 600; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: 12.5px; white-space: nowrap; }
.matrix .inv-title { color: var(--muted); }
.matrix .cites { white-space: nowrap; }
.matrix .cell-counts { color: var(--muted); font-size: 12px; margin-left: 6px; white-space: nowrap; }
.matrix td.run-cell { white-space: nowrap; }
.matrix.multi .cites { white-space: normal; min-width: 90px; }
.matrix.multi .inv-title { font-size: 12.5px; }
.matrix.multi td.run-cell { white-space: normal; min-width: 130px; }
.matrix.multi .cell-counts { display: block; margin: 2px 0 0; }
.empty { padding: 14px; color: var(--muted); }
.violation { border: 1px solid var(--line); border-left: 4px solid var(--fail); border-radius: 8px; padding: 12px 16px; margin: 14px 0; }
.violation.errored { border-left-color: var(--err); }
.violation header { display: flex; gap: 10px; align-items: baseline; flex-wrap: wrap; }
.violation .cite { margin: 2px 0 8px; }
.evo { display: grid; grid-template-columns: 1fr 1fr; gap: 10px; margin: 8px 0; }
.evo > div { border-radius: 6px; padding: 8px 10px; }
.evo .exp { background: var(--pass-bg); }
.evo .obs { background: var(--fail-bg); }
.evo b { display: block; font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 3px 12px; margin: 8px 0; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; overflow-wrap: anywhere; }
.replay code { user-select: all; background: var(--soft); border: 1px solid var(--line); border-radius: 4px; padding: 1px 6px; }
.timeline { overflow-x: auto; margin: 10px 0 4px; border: 1px solid var(--line); border-radius: 6px; padding: 4px 0; }
.timeline-caption { font-size: 12.5px; color: var(--muted); margin: 4px 0 0; }
details { margin: 6px 0; }
summary { cursor: pointer; color: var(--muted); }
.legend { display: flex; flex-wrap: wrap; gap: 4px 14px; font-size: 12px; color: var(--muted); margin: 6px 0 12px; }
.legend span { display: inline-flex; align-items: center; gap: 5px; }
.legend svg.swatch { width: 22px; height: 12px; }
.aligned h3 { margin-top: 18px; }
.aligned .run-name { font-weight: 600; margin: 10px 0 2px; }
footer { margin-top: 40px; color: var(--muted); font-size: 12px; }
.defs { position: absolute; width: 0; height: 0; overflow: hidden; }
.hidden { display: none !important; }

.timeline-svg { display: block; width: 100%; height: auto; min-width: 880px; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; }
.timeline-svg text { fill: #1f2328; font-size: 11px; }
.timeline-svg .row-label { fill: #59636e; font-size: 11px; }
.timeline-svg .row-label.small { font-size: 9.5px; }
.timeline-svg .row-label.tiny { font-size: 8.5px; }
.timeline-svg .lane-label { font-weight: 600; font-size: 12px; }
.timeline-svg .tick { fill: #59636e; font-size: 10px; }
.timeline-svg .grid { stroke: #d1d9e0; stroke-dasharray: 2 3; }
.timeline-svg .sep { stroke: #d1d9e0; }
.band rect { stroke: #fff; stroke-width: .6; }
.timeline-svg .band-label { font-size: 10px; pointer-events: none; }
.s-running rect { fill: #8fd19e; } .s-waiting rect { fill: #ffd97a; }
.s-terminated-ok rect { fill: #c5ced8; } .s-terminated-error rect { fill: #f4a3a3; } .s-none rect { fill: #eee; }
.p-Pending rect, .k-Pending rect { fill: #ffe9a8; } .p-Running rect, .k-Running rect { fill: #a9d0f5; }
.p-Succeeded rect, .k-Succeeded rect { fill: #a2dcae; } .p-Failed rect, .k-Failed rect { fill: #f5a8a8; }
.p-Unknown rect { fill: #dcdcdc; } .k-Terminating rect { fill: #ffc894; }
.c-True rect { fill: #5cb867; } .c-False rect { fill: #e3e7eb; } .c-Unknown rect { fill: #a9b0b8; }
.r-ready rect { fill: #1a7f37; stroke: none; }
.band.burst rect { fill: url(#podlife-hatch); stroke: #9a6700; }
.hook { stroke: none; } .hook-postStart { fill: #8250df; } .hook-preStop { fill: #e16f24; }
.hook-Failure { stroke: #cf222e; stroke-width: 1.5; } .hook-running { opacity: .55; }
.probe { stroke-width: 2; } .probe-Success { stroke: #1a7f37; } .probe-Failure { stroke: #cf222e; stroke-width: 3; }
.mk line { stroke-width: 1.6; } .mk .wait { stroke-dasharray: 3 2; stroke-width: 1.3; }
.mk-start line { stroke: #0969da; opacity: .45; } .mk-restart line { stroke: #0969da; }
.mk-exit line { stroke: #1f2328; } .mk-kill line { stroke: #a40e26; } .mk-signal line { stroke: #fb8500; }
.mk-backoff line { stroke: #9a6700; } .mk-image line { stroke: #1b7c83; } .mk-sandbox line { stroke: #818b98; }
.mk-fault line { stroke: #8250df; stroke-width: 2.6; } .mk-deletion line { stroke: #bc4c00; stroke-width: 2.6; }
.mk-removed line { stroke: #59636e; stroke-width: 2.6; } .mk-node line { stroke: #59636e; stroke-width: 2; }
.timeline-svg .mk-label { font-size: 10px; fill: #3d444d; }
.timeline-svg .mk-label.mk-fault { fill: #8250df; font-weight: 600; } .timeline-svg .mk-label.mk-deletion { fill: #bc4c00; font-weight: 600; }
.timeline-svg .mk-label.mk-restart { fill: #0969da; font-weight: 600; } .timeline-svg .mk-label.mk-kill { fill: #a40e26; }
.timeline-svg .mk-label.mk-signal { fill: #bc4c00; } .timeline-svg .mk-label.mk-node { fill: #3d444d; font-weight: 600; }
.gone rect { fill: url(#podlife-hatch-light); } .timeline-svg .gone text { fill: #59636e; font-size: 10px; font-style: italic; }
.hl-line, .hl line { stroke: #d1242f; stroke-width: 2.5; }
.timeline-svg .hl text { fill: #d1242f; font-weight: 700; font-size: 11.5px; }
.hl-lane { fill: #ffebe9; }
`;
