// The first page shell: reports cross-origin isolation and runs the smoke scenario in a worker.
const $ = (id) => document.getElementById(id);
const isolated = globalThis.crossOriginIsolated === true;
const build = isolated ? 'mt' : 'st';  // SharedArrayBuffer (threads) needs isolation
const BUILD_NAMES = { mt: 'pthreads build (wasm-mt)', st: 'single-threaded build (wasm)' };

function showIsolation() {
  const el = $('isolation');
  el.dataset.isolated = String(isolated);
  el.className = `status ${isolated ? 'ok' : 'warn'}`;
  el.textContent = isolated
    ? 'Cross-origin isolated: yes. Threads are available; the pthreads build will run.'
    : 'Cross-origin isolated: no. The single-threaded build will run ' +
      '(serve with COOP/COEP headers, as `npm start` does, for threads).';
}

function runInWorker() {
  return new Promise((resolve) => {
    const worker = new Worker('smoke-worker.js');
    const finish = (reply) => { worker.terminate(); resolve(reply); };
    worker.onmessage = ({ data }) => finish(data);
    worker.onerror = (event) => finish({ ok: false, message: event.message || 'worker failed to load' });
    worker.postMessage({ build });
  });
}

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

// One lane per task: its steps (run) and the spans between suspended and woken (waiting).
function renderLanes(run, names) {
  const end = run.end_ns || 1;
  const pct = (t) => `${(100 * t) / end}%`;
  const lanes = $('lanes');
  lanes.replaceChildren();
  const open = new Map();
  const rows = new Map();
  for (const [id, name] of names) {
    const lane = el('div', 'lane');
    rows.set(id, lane);
    lanes.append(el('div', 'lane-name', name), lane);
  }
  const bar = (id, cls, from, to) => {
    const span = el('span', cls);
    span.style.left = pct(from);
    span.style.width = pct(to - from);
    span.title = `${cls} ${from / 1e9}–${to / 1e9} s`;
    rows.get(id)?.append(span);
  };
  for (const e of run.events) {
    if (e.kind === 'task_suspended') open.set(e.id, e.t);
    if (e.kind === 'task_woken' && open.has(e.id)) bar(e.id, 'sleep', open.get(e.id), e.t);
    if (e.kind === 'step_began') bar(e.id, 'step', e.t, e.t);
  }
  lanes.hidden = false;
}

function renderEvents(run, names) {
  const body = $('events').querySelector('tbody');
  body.replaceChildren();
  for (const e of run.events) {
    const row = el('tr');
    const who = names.get(e.id) ?? `#${e.id}`;
    const value = e.kind === 'timer_set' ? `deadline ${e.value / 1e9} s` : e.value !== undefined ? `value ${e.value}` : '';
    const detail = [e.wait, e.detail, value]
      .filter(Boolean).join(' · ');
    row.append(el('td', '', (e.t / 1e9).toFixed(3)), el('td', '', e.kind), el('td', '', who),
      el('td', '', detail));
    body.append(row);
  }
  $('events').hidden = false;
}

async function runSmoke() {
  const button = $('run-smoke');
  const status = $('smoke-status');
  button.disabled = true;
  status.className = 'status';
  status.textContent = `Loading the ${BUILD_NAMES[build]}…`;
  const reply = await runInWorker();
  button.disabled = false;
  if (!reply.ok || reply.run.error) {
    status.className = 'status warn';
    status.textContent = `Failed: ${reply.message || reply.run.error}`;
    return;
  }
  const { run } = reply;
  const names = new Map(run.events.filter((e) => e.kind === 'task_created').map((e) => [e.id, e.detail]));
  status.dataset.build = reply.build;
  status.dataset.threads = String(reply.threads);
  status.dataset.events = String(run.events.length);
  const { executor } = reply;
  const offLoop = executor.job_thread !== executor.loop_thread;
  status.dataset.executor = offLoop ? 'worker-thread' : 'loop-thread';
  status.className = 'status ok';
  status.textContent = `Ran on the ${BUILD_NAMES[reply.build]}: ${run.events.length} events, ` +
    `result ${run.result} at virtual t = ${run.end_ns / 1e9} s, in ${reply.ms.toFixed(1)} ms of wall time. ` +
    (offLoop ? `A run_in_executor job ran on worker thread ${executor.worker}, off the loop's thread.`
      : 'A run_in_executor job ran inline on the loop\'s thread (no threads in this build).');
  renderLanes(run, names);
  renderEvents(run, names);
}

showIsolation();
$('run-smoke').addEventListener('click', runSmoke);
