// The per-step metrics and reports; see the blockage-log issue.
