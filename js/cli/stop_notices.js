// The line a stopped run ends its stderr with, in the CLI's words: the API (js/index.js and the
// engine) says which limit stopped the run ("the steps limit (50) was reached"); the CLI names
// the option that set it, as the native CLI does ("stopped after 50 steps (--max-steps)").
'use strict';

// [the API's notice, whether this run set that limit, the CLI's wording]. A notice is reworded
// only when its figure is the one the CLI asked for, so a program printing the same text to its
// own stderr is left alone (short of repeating the very figure).
const NOTICES = [
  [/^loopscope: stopped: the steps limit \((\d+)\) was reached\n$/,
    (o, m) => Number(m[1]) === o.maxSteps,
    (o) => `loopscope: stopped after ${o.maxSteps} steps (--max-steps)\n`],
  [/^loopscope: stopped: the wall-time limit \(([\d.e+-]+) ms\) was reached\n$/,
    (o, m) => o.timeoutSeconds > 0 && Number(m[1]) === o.timeoutSeconds * 1000,
    (o) => `loopscope: stopped: the --timeout of ${o.timeoutSeconds} s of wall time was reached\n`],
  [/^loopscope: stopped: the run was aborted\n$/,
    (o, m, abortCause) => abortCause !== null,
    (o, abortCause) => (abortCause ? `loopscope: stopped: ${abortCause}\n` : '')],
];

// `text`, one chunk of the run's stderr, reworded if it is a stop notice. `abortCause`: why the
// CLI aborted the run ("interrupted (Ctrl-C)"; '': say nothing), or null when it did not.
function inCliWords(text, options, abortCause) {
  if (!text.startsWith('loopscope: stopped: ')) return text;
  for (const [pattern, applies, word] of NOTICES) {
    const m = pattern.exec(text);
    if (m && applies(options, m, abortCause)) return word(options, abortCause);
  }
  return text;
}

module.exports = { inCliWords };
