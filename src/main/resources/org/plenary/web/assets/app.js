// The classroom page. Every text that comes from a scenario is put in the page with textContent or
// as an attribute value, never parsed as HTML, so a scenario cannot inject markup.
'use strict';

// Tableau 20 in the order the report and the charts use it (Palette.java): one colour per
// negotiating delegation in the order of the sorted ids, strong colours first.
const PALETTE = ['#1F77B4', '#FF7F0E', '#2CA02C', '#D62728', '#9467BD', '#8C564B', '#E377C2', '#7F7F7F',
  '#BCBD22', '#17BECF', '#9EDAE5', '#DBDB8D', '#F7B6D2', '#98DF8A', '#C49C94', '#FF9896', '#C7C7C7',
  '#FFBB78', '#C5B0D5', '#AEC7E8'];

// How each editable field is shown: the slider's practical range here; its title, unit,
// description and valid bounds come from the scenario's field description (GET /api/fields, the
// document of `plenary fields`), keyed by where the field sits in a file.
const WHERE = {
  'position': 'delegations[].clauses.<clause id>.position',
  'salience': 'delegations[].clauses.<clause id>.salience',
  'redLine.min': 'delegations[].clauses.<clause id>.redLine.min',
  'redLine.max': 'delegations[].clauses.<clause id>.redLine.max',
  'influence': 'delegations[].influence',
  'concession': 'delegations[].concession'
};
const DESCRIBED = {};
const FIELD_FORMS = {
  'position': {type: 'number', min: 0, max: 100, step: 1, unit: 'on the 0–100 scale', description: 'ideal point'},
  'salience': {type: 'number', min: 0, max: 1, step: 0.01, unit: '0–1', description: 'how much the clause matters'},
  'redLine.min': {type: 'number', min: 0, max: 100, step: 1, unit: '', description: 'lowest acceptable position'},
  'redLine.max': {type: 'number', min: 0, max: 100, step: 1, unit: '', description: 'highest acceptable position'},
  'influence': {type: 'number', min: 0.1, max: 20, step: 0.1, unit: '> 0', description: 'capability and clout (weight in the chair\'s compromise)'},
  'concession': {type: 'number', min: 0.1, max: 5, step: 0.05, unit: 'β', description: 'below 1 hard-line, 1 linear, above 1 conceder'},
  'protocol.maxRounds': {type: 'integer', min: 1, max: 200, step: 1, unit: 'rounds', description: 'rounds before the rule closes'},
  'protocol.temperature': {type: 'number', min: 0, max: 0.5, step: 0.01, unit: 'τ', description: '0 accepts deterministically; above 0 answers are drawn'},
  'protocol.mediatorStep': {type: 'number', min: 0, max: 1, step: 0.05, unit: 'λ', description: 'how far the chair moves toward objectors'},
  'protocol.dropContestedAfter': {type: 'integer', min: 0, max: 50, step: 1, unit: 'rounds', description: 'drop a clause whose red line stays crossed this long (0 never)'},
  'protocol.threshold': {type: 'number', min: 0.5, max: 1, step: 0.01, unit: 'share', description: 'votes needed when the fallback is a vote'},
  'protocol.loss': {type: 'choice', choices: ['linear', 'quadratic'], description: 'how a delegation feels distance'},
  'protocol.decisionRule': {type: 'choice', choices: ['consensus', 'majority'], description: 'what happens when the rounds run out'}
};

function fieldForm(path) {
  const form = Object.assign({}, FIELD_FORMS[path]);
  const d = DESCRIBED[WHERE[path] || path];
  if (d) {
    // The slider stays within its practical range, and within the field's valid bounds.
    if (d.min !== undefined && !d.minExclusive) form.min = Math.max(form.min, d.min);
    if (d.max !== undefined && !d.maxExclusive) form.max = Math.min(form.max, d.max);
    form.description = d.title + ': ' + d.description;
    form.unit = d.unit || '';
    if (d.choices) form.choices = d.choices;
  }
  return form;
}

async function loadFields() {
  try {
    const doc = await api('GET', 'fields');
    for (const f of doc.fields) DESCRIBED[f.where] = f;
  } catch (err) { /* the page's own descriptions stay */ }
}

const state = {name: null, original: null, tree: null, model: null, job: null, room: null};

function $(id) { return document.getElementById(id); }

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') e.className = v; else e.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) {
    if (c === null || c === undefined) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }

function fmt(x, digits) { return x === null || x === undefined ? '—' : Number(x).toFixed(digits); }

function pct(x) { return (100 * x).toFixed(1) + '%'; }

async function api(method, path, body, raw) {
  const init = {method, headers: {}};
  if (body !== undefined) {
    if (raw) { init.body = body; } else { init.body = JSON.stringify(body); init.headers['Content-Type'] = 'application/json'; }
  }
  const res = await fetch('/api/' + path, init);
  const type = res.headers.get('Content-Type') || '';
  if (!type.startsWith('application/json')) {
    if (!res.ok) throw {error: 'the server answered ' + res.status, problems: []};
    return res;
  }
  const data = await res.json();
  if (!res.ok) throw data;
  return data;
}

function showProblems(box, err) {
  clear(box);
  if (!err) return;
  box.append(el('p', {class: 'error'}, err.error || String(err)));
  if (err.problems && err.problems.length) {
    const ul = el('ul', {class: 'problem-list'});
    for (const p of err.problems) ul.append(el('li', {}, el('code', {}, p)));
    box.append(ul);
  }
}

function colourOf(id) {
  const ids = state.model ? state.model.negotiating.map(d => d.id) : [];
  const i = ids.indexOf(id);
  return i < 0 ? '#777777' : PALETTE[i % PALETTE.length];
}

// ---- scenario list and upload ----------------------------------------------------------------

async function loadList() {
  const data = await api('GET', 'scenarios');
  const list = clear($('scenario-list'));
  for (const s of data.scenarios) {
    const b = el('button', {type: 'button', class: 'card', 'data-name': s.name},
      el('strong', {}, s.title), el('br'),
      el('span', {class: 'small'}, s.name + (s.delegations ? ' · ' + s.delegations + ' delegations, ' + s.clauses + ' clauses' : '')));
    b.addEventListener('click', () => openScenario(s.name));
    list.append(el('li', {}, b));
  }
}

async function upload(ev) {
  ev.preventDefault();
  const box = $('upload-problems');
  const file = $('upload-file').files[0];
  if (!file) { showProblems(box, {error: 'Choose a file first.'}); return; }
  if (file.size > 5 * 1024 * 1024) { showProblems(box, {error: file.name + ' is larger than 5 MB.'}); return; }
  try {
    const data = await api('POST', 'upload?file=' + encodeURIComponent(file.name), await file.text(), true);
    showProblems(box, null);
    await loadList();
    await openScenario(data.name);
  } catch (err) {
    showProblems(box, err);
  }
}

// ---- the scenario view -------------------------------------------------------------------

async function openScenario(name) {
  try {
    const data = await api('GET', 'scenario?name=' + encodeURIComponent(name));
    state.name = name.replace(/^upload-\d+:/, '');
    state.original = JSON.stringify(data.tree);
    state.tree = data.tree;
    state.model = data.model;
    state.job = null;
    showProblems($('upload-problems'), null);
    render();
    $('scenario').hidden = false;
    $('play').hidden = false;
    $('open-room').disabled = false;
    $('run-output').hidden = true;
    $('simulate-output').hidden = true;
    $('download-results').disabled = true;
    $('scenario-title').focus();
  } catch (err) {
    showProblems($('upload-problems'), err);
  }
}

function render() {
  const t = state.tree;
  const meta = t.metadata || {};
  $('scenario-title').textContent = '2. Explore: ' + (meta.title || state.name);
  $('scenario-title').setAttribute('tabindex', '-1');
  $('scenario-description').textContent = meta.description || '';
  $('seed').value = t.seed !== undefined ? t.seed : 1;
  renderClauses();
  renderDelegations();
  renderProtocol();
  const sel = clear($('play-seat'));
  for (const d of state.model.negotiating) sel.append(el('option', {value: d.id}, d.id));
}

function sourceTitle(id) {
  const sources = (state.tree.metadata && state.tree.metadata.sources) || [];
  const s = sources.find(x => x.id === id);
  return s ? s.title + (s.publisher ? ' (' + s.publisher + (s.date ? ', ' + s.date : '') + ')' : '') : id;
}

function sourceLink(id) {
  const sources = (state.tree.metadata && state.tree.metadata.sources) || [];
  const s = sources.find(x => x.id === id);
  if (s && s.url && /^https?:\/\//.test(s.url)) return el('a', {href: s.url, rel: 'noopener noreferrer'}, sourceTitle(id));
  return el('span', {}, sourceTitle(id));
}

function renderClauses() {
  const box = clear($('clauses'));
  for (const c of state.tree.clauses || []) {
    const scale = el('ul', {class: 'scale'});
    for (const l of c.scale || []) scale.append(el('li', {}, fmt(l.at, 0) + ' — ' + l.label));
    box.append(el('div', {class: 'clause'}, el('h4', {}, c.id + ': ' + (c.title || '')),
      el('p', {class: 'small'}, c.description || ''), scale,
      el('p', {class: 'small'}, 'Status quo (what holds without a text): ' + c.statusQuo)));
  }
}

let fieldCount = 0;

/** A labelled slider with a number box, both editing obj[key]. */
function slider(label, path, obj, key, onChange) {
  const form = fieldForm(path);
  const id = 'f' + (++fieldCount);
  const value = obj[key];
  const max = Math.max(form.max, Number(value) || 0);
  const range = el('input', {type: 'range', id: id, min: form.min, max: max, step: form.step, value: value,
    'aria-describedby': id + '-d', 'data-path': path});
  const num = el('input', {type: 'number', min: form.min, max: max, step: form.step, value: value,
    'aria-label': label + ' (number)', class: 'num'});
  const set = (v, from) => {
    if (v === '' || isNaN(Number(v))) return;
    const x = form.type === 'integer' ? Math.round(Number(v)) : Number(v);
    obj[key] = x;
    if (from !== range) range.value = x;
    if (from !== num) num.value = x;
    if (onChange) onChange();
  };
  range.addEventListener('input', () => set(range.value, range));
  num.addEventListener('change', () => set(num.value, num));
  return el('div', {class: 'field'}, el('label', {for: id}, label), range, num,
    el('span', {id: id + '-d', class: 'small'}, form.description + (form.unit ? ' (' + form.unit + ')' : '')));
}

function choice(label, path, obj, key) {
  const form = fieldForm(path);
  const id = 'f' + (++fieldCount);
  const sel = el('select', {id: id, 'data-path': path});
  for (const c of form.choices) sel.append(el('option', {value: c, selected: obj[key] === c}, c));
  sel.addEventListener('change', () => { obj[key] = sel.value; });
  return el('div', {class: 'field'}, el('label', {for: id}, label), sel, el('span', {class: 'small'}, form.description));
}

function renderDelegations() {
  const box = clear($('delegations'));
  for (const d of state.tree.delegations || []) {
    const swatch = el('span', {class: 'swatch', 'aria-hidden': 'true'});
    swatch.style.background = colourOf(d.id);
    const det = el('details', {class: 'delegation', 'data-id': d.id},
      el('summary', {}, swatch, d.id + ' — ' + (d.name || '') + (d.kind ? ' (' + d.kind + ')' : '')));
    if (d.kind !== 'observer') {
      if (d.influence !== undefined) det.append(slider(d.id + ' influence', 'influence', d, 'influence'));
      if (d.concession === undefined) d.concession = 1;
      det.append(slider(d.id + ' concession', 'concession', d, 'concession'));
    }
    for (const [cid, st] of Object.entries(d.clauses || {})) {
      const part = el('fieldset', {class: 'stance'}, el('legend', {}, cid));
      part.append(slider(d.id + ' ' + cid + ' position', 'position', st, 'position'));
      part.append(slider(d.id + ' ' + cid + ' salience', 'salience', st, 'salience'));
      const red = el('div', {class: 'field'});
      const has = el('input', {type: 'checkbox', id: 'f' + (++fieldCount), checked: !!st.redLine});
      const redFields = el('span', {});
      const drawRed = () => {
        clear(redFields);
        if (st.redLine) {
          redFields.append(slider(d.id + ' ' + cid + ' red line from', 'redLine.min', st.redLine, 'min'),
            slider(d.id + ' ' + cid + ' red line to', 'redLine.max', st.redLine, 'max'));
        }
      };
      has.addEventListener('change', () => {
        st.redLine = has.checked ? {min: 0, max: 100} : undefined;
        if (!has.checked) delete st.redLine;
        drawRed();
      });
      red.append(el('label', {for: has.id}, has, ' red line (positions it can ever accept)'), redFields);
      drawRed();
      part.append(red);
      if (st.rationale) part.append(el('p', {class: 'rationale'}, 'Why: ' + st.rationale));
      if (st.source) part.append(el('p', {class: 'small'}, 'Source: ', sourceLink(st.source)));
      det.append(part);
    }
    box.append(det);
  }
}

function renderProtocol() {
  const box = clear($('protocol'));
  const p = state.tree.protocol || (state.tree.protocol = {});
  const defaults = {maxRounds: 30, loss: 'quadratic', temperature: 0, mediatorStep: 0.5, dropContestedAfter: 0,
    decisionRule: 'consensus', threshold: 0.6667};
  for (const [k, v] of Object.entries(defaults)) if (p[k] === undefined) p[k] = v;
  for (const k of ['maxRounds', 'temperature', 'mediatorStep', 'dropContestedAfter', 'threshold']) {
    box.append(slider(k, 'protocol.' + k, p, k));
  }
  box.append(choice('loss', 'protocol.loss', p, 'loss'));
  box.append(choice('decisionRule', 'protocol.decisionRule', p, 'decisionRule'));
}

function request() {
  return {name: state.name, tree: state.tree, seed: $('seed').value};
}

// ---- run -----------------------------------------------------------------------------------

async function runOnce() {
  const box = $('problems');
  $('run-button').disabled = true;
  try {
    const r = await api('POST', 'run', request());
    showProblems(box, null);
    $('run-output').hidden = false;
    showOutcome($('outcome'), r.outcome, r.roundsUsed, r.blockers, r.vote);
    drawChart($('chart'), r.rounds, r.finalText);
    drawTranscript($('transcript'), r.rounds);
  } catch (err) {
    showProblems(box, err);
  } finally {
    $('run-button').disabled = false;
  }
}

function outcomeWords(o) { return String(o).replace(/_/g, ' ').toLowerCase(); }

function showOutcome(p, outcome, rounds, blockers, vote) {
  p.textContent = 'Outcome: ' + outcomeWords(outcome) + ' after ' + rounds + ' round' + (rounds === 1 ? '' : 's')
    + (blockers && blockers.length ? '; blocked by ' + blockers.join(', ') : '')
    + (vote ? '; vote ' + vote.yes + ' yes, ' + vote.no + ' no' : '') + '.';
  p.setAttribute('data-outcome', outcome);
}

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attrs, text) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

/** Small multiples: per clause the draft's position over the rounds, with each delegation's ideal point. */
function drawChart(box, rounds, finalText) {
  clear(box);
  const clauses = (rounds.length ? rounds[0].draft : finalText).map(x => x.clause);
  const w = 300, h = 170, left = 34, right = 64, top = 22, bottom = 26;
  const n = Math.max(rounds.length, 2);
  const xOf = r => left + (w - left - right) * (r / (n - 1));
  const yOf = v => top + (h - top - bottom) * (1 - v / 100);
  clauses.forEach((cid, c) => {
    const s = svg('svg', {viewBox: '0 0 ' + w + ' ' + h, width: w, height: h, class: 'clause-chart', 'data-clause': cid});
    s.append(svg('title', {}, 'Draft position of ' + cid + ' over the rounds'));
    s.append(svg('text', {x: 4, y: 14, class: 'ctitle'}, cid));
    for (const v of [0, 50, 100]) {
      s.append(svg('line', {x1: left, x2: w - right, y1: yOf(v), y2: yOf(v), class: 'grid'}));
      s.append(svg('text', {x: left - 4, y: yOf(v) + 4, 'text-anchor': 'end', class: 'tick'}, v));
    }
    s.append(svg('text', {x: (left + w - right) / 2, y: h - 6, 'text-anchor': 'middle', class: 'tick'}, 'round 1 – ' + rounds.length));
    const pts = [];
    rounds.forEach((r, i) => { const d = r.draft[c]; if (!d.dropped) pts.push(fmt(xOf(i), 1) + ',' + fmt(yOf(d.position), 1)); });
    s.append(svg('polyline', {points: pts.join(' '), class: 'draft'}));
    for (const d of (state.tree || {}).delegations || []) {
      const st = (d.clauses || {})[cid];
      if (!st || d.kind === 'observer' || !(st.salience > 0)) continue;
      const y = yOf(st.position);
      const m = svg('circle', {cx: w - right + 10, cy: y, r: 2 + 5 * Math.min(1, st.salience), fill: colourOf(d.id), 'fill-opacity': 0.85});
      m.append(svg('title', {}, d.id + ' wants ' + st.position + ' (salience ' + st.salience + ')'));
      s.append(m);
    }
    const last = rounds.length ? rounds[rounds.length - 1].draft[c] : null;
    if (last && last.dropped) s.append(svg('text', {x: w - right - 4, y: top + 10, 'text-anchor': 'end', class: 'tick'}, 'dropped'));
    box.append(s);
  });
  const legend = el('p', {class: 'legend small'}, 'Black line: the draft, round by round. Dots: ideal points (larger: more salient) — ');
  for (const d of (state.model || {negotiating: []}).negotiating) {
    const swatch = el('span', {class: 'swatch', 'aria-hidden': 'true'});
    swatch.style.background = colourOf(d.id);
    legend.append(el('span', {class: 'key'}, swatch, d.id));
  }
  box.append(legend);
}

function drawTranscript(box, rounds) {
  clear(box);
  for (const r of rounds) {
    const table = el('table', {}, el('caption', {}, 'Round ' + r.round));
    const head = el('tr', {}, el('th', {scope: 'col'}, 'delegation'), el('th', {scope: 'col'}, 'answer'),
      el('th', {scope: 'col'}, 'utility'), el('th', {scope: 'col'}, 'aspiration'), el('th', {scope: 'col'}, 'amendments'));
    table.append(head);
    for (const x of r.responses) {
      const who = x.delegation + (x.byModelForSilentSeat ? ' (model, seat silent)' : '');
      table.append(el('tr', {}, el('td', {}, who), el('td', {class: x.response}, x.response),
        el('td', {class: 'n'}, fmt(x.utility, 3)), el('td', {class: 'n'}, fmt(x.aspiration, 3)),
        el('td', {}, x.amendments.slice(0, 3).map(a => a.clause + ' → ' + fmt(a.position, 0)).join(', ')
          + (x.redLinesCrossed.length ? ' (red line: ' + x.redLinesCrossed.join(', ') + ')' : ''))));
    }
    const draft = r.draft.map(d => d.clause + ' ' + (d.dropped ? 'dropped' : fmt(d.position, 1))).join(' · ');
    box.append(el('p', {class: 'small'}, 'Draft: ' + draft), table);
    if (r.droppedAfter.length) box.append(el('p', {}, 'The chair drops ' + r.droppedAfter.join(', ') + '.'));
  }
}

// ---- simulate ------------------------------------------------------------------------------

async function simulate() {
  const box = $('problems');
  $('simulate-button').disabled = true;
  $('download-results').disabled = true;
  try {
    const body = request();
    body.runs = Number($('runs').value);
    const job = await api('POST', 'simulate', body);
    showProblems(box, null);
    state.job = job.id;
    $('simulate-output').hidden = false;
    clear($('p-consensus'));
    clear($('blockers'));
    $('progress').max = job.runs;
    for (;;) {
      const s = await api('GET', 'job?id=' + encodeURIComponent(job.id));
      $('progress').value = s.done;
      $('progress-text').textContent = s.done.toLocaleString('en') + ' of ' + s.runs.toLocaleString('en') + ' runs';
      if (s.error) throw {error: s.error};
      if (s.finished) { showSummary(s.summary); break; }
      await new Promise(r => setTimeout(r, 250));
    }
    $('download-results').disabled = false;
  } catch (err) {
    showProblems(box, err);
  } finally {
    $('simulate-button').disabled = false;
  }
}

function showSummary(s) {
  const c = s.outcomes.consensus;
  const p = $('p-consensus');
  p.textContent = 'P(consensus) ' + pct(c.p) + ' (95% interval ' + pct(c.lower) + ' – ' + pct(c.upper) + ') over '
    + s.runs.toLocaleString('en') + ' runs, seed ' + s.seed + '; P(adopted by vote) ' + pct(s.outcomes.adoptedByVote.p)
    + '; P(no agreement) ' + pct(s.outcomes.noAgreement.p) + '.';
  p.setAttribute('data-p', c.p);
  p.setAttribute('data-lower', c.lower);
  p.setAttribute('data-upper', c.upper);
  const table = el('table', {id: 'blocker-table'}, el('caption', {}, 'Who blocks (share of runs in which it did not accept the last draft)'),
    el('tr', {}, el('th', {scope: 'col'}, 'delegation'), el('th', {scope: 'col'}, 'P(blocks)'), el('th', {scope: 'col'}, '95% interval'),
      el('th', {scope: 'col'}, 'mean gain')));
  const dels = [...s.delegations].sort((a, b) => b.blocker.p - a.blocker.p);
  for (const d of dels) {
    table.append(el('tr', {'data-delegation': d.delegation}, el('td', {}, d.delegation), el('td', {class: 'n', 'data-p': d.blocker.p}, pct(d.blocker.p)),
      el('td', {class: 'n'}, pct(d.blocker.lower) + ' – ' + pct(d.blocker.upper)), el('td', {class: 'n'}, fmt(d.gain.mean, 3))));
  }
  $('blockers').append(table);
}

// ---- downloads -------------------------------------------------------------------------------

function save(blob, name) {
  const a = el('a', {href: URL.createObjectURL(blob), download: name});
  document.body.append(a);
  a.click();
  setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
}

async function downloadScenario() {
  try {
    const res = await api('POST', 'yaml', request());
    save(await res.blob(), state.name.replace(/\.(json|yml)$/, '.yaml'));
  } catch (err) { showProblems($('problems'), err); }
}

function downloadResults() {
  if (!state.job) return;
  const a = el('a', {href: '/api/job/results.zip?id=' + encodeURIComponent(state.job), download: ''});
  document.body.append(a);
  a.click();
  a.remove();
}

// ---- seats, play and rooms ----------------------------------------------------------------

const SEAT_KEY = 'plenary.seat';

function remember(seat) { try { localStorage.setItem(SEAT_KEY, JSON.stringify(seat)); } catch (e) { /* private mode */ } }

function remembered() { try { return JSON.parse(localStorage.getItem(SEAT_KEY) || 'null'); } catch (e) { return null; } }

async function playSeat() {
  const box = $('room-problems');
  try {
    const body = request();
    body.roundSeconds = 86400;
    const room = await api('POST', 'rooms', body);
    const seat = await api('POST', 'rooms/' + room.code + '/claim', {delegation: $('play-seat').value, student: 'you'});
    await api('POST', 'rooms/' + room.code + '/start', {token: room.teacher});
    showProblems(box, null);
    enterSeat({code: room.code, delegation: seat.delegation, token: seat.token});
    $('desk').scrollIntoView();
  } catch (err) { showProblems(box, err); }
}

async function openRoom() {
  const box = $('room-problems');
  try {
    const body = request();
    body.roundSeconds = Number($('round-seconds').value);
    const room = await api('POST', 'rooms', body);
    state.teacher = room;
    $('teacher').hidden = false;
    $('room-code').textContent = room.code;
    $('export-json').href = '/api/rooms/' + room.code + '/export.json?token=' + room.teacher;
    $('export-html').href = '/api/rooms/' + room.code + '/export.html?token=' + room.teacher;
    showProblems(box, null);
    watch(room.code);
  } catch (err) { showProblems(box, err); }
}

async function teacherAction(action) {
  try {
    await api('POST', 'rooms/' + state.teacher.code + '/' + action, {token: state.teacher.teacher});
    showProblems($('room-problems'), null);
  } catch (err) { showProblems($('room-problems'), err); }
}

async function join(ev) {
  ev.preventDefault();
  const code = $('join-code').value.trim().toUpperCase();
  const box = $('room-problems');
  try {
    const view = await api('GET', 'rooms/' + encodeURIComponent(code));
    showProblems(box, null);
    const list = clear($('claim-list'));
    for (const s of view.seats) {
      const b = el('button', {type: 'button', class: 'card', 'data-delegation': s.delegation, disabled: s.student !== null},
        s.delegation + (s.student ? ' (taken by ' + s.student + ')' : ''));
      b.addEventListener('click', async () => {
        try {
          const seat = await api('POST', 'rooms/' + code + '/claim', {delegation: s.delegation, student: $('join-name').value});
          $('claim').hidden = true;
          showProblems(box, null);
          enterSeat({code, delegation: seat.delegation, token: seat.token});
        } catch (err) { showProblems(box, err); }
      });
      list.append(b);
    }
    $('claim').hidden = false;
  } catch (err) { showProblems(box, err); }
}

async function rejoin() {
  const seat = remembered();
  try {
    await api('POST', 'rooms/' + seat.code + '/rejoin', {delegation: seat.delegation, token: seat.token});
    $('rejoin').hidden = true;
    enterSeat(seat);
  } catch (err) { showProblems($('room-problems'), err); }
}

function enterSeat(seat) {
  state.seat = seat;
  remember(seat);
  $('desk').hidden = false;
  $('desk-title').textContent = 'You are ' + seat.delegation + ' in room ' + seat.code;
  watch(seat.code);
}

let watching = null;
let lastVersion = -1;
let lastRound = -1;

function watch(code) {
  if (watching && watching.code === code) return;
  if (watching) clearInterval(watching.timer);
  lastVersion = -1;
  lastRound = -1;
  watching = {code, timer: setInterval(() => poll(code), 1000)};
  poll(code);
}

async function poll(code) {
  let view;
  try { view = await api('GET', 'rooms/' + code); } catch (err) { return; }
  const status = $('room-status');
  status.textContent = 'Round ' + view.round + ' of ' + view.maxRounds + ' · ' + view.state
    + (view.state === 'running' ? ' · ' + view.secondsLeft + ' s left' : '');
  status.setAttribute('data-state', view.state);
  status.setAttribute('data-round', view.round);
  if (view.version === lastVersion) return;
  lastVersion = view.version;
  $('desk').hidden = false;
  const seats = clear($('seats'));
  seats.append('Seats: ' + view.seats.map(s => s.delegation + (s.student ? ' (' + s.student + (s.answered ? ', answered' : '') + ')' : ' (model)')).join(', '));
  if (!state.seat || state.seat.code !== code) $('answer-box').hidden = true;
  if (view.outcome) {
    showOutcome($('room-outcome'), view.outcome.outcome, view.outcome.roundsUsed, view.outcome.blockers, null);
    const g = state.seat ? view.outcome.gains[state.seat.delegation] : null;
    if (g !== null && g !== undefined) $('room-outcome').append(' Your gain: ' + (g >= 0 ? '+' : '') + fmt(g, 3) + '.');
    $('answer-box').hidden = true;
  }
  drawChart($('room-chart'), view.rounds, view.draft || (view.outcome && view.outcome.finalText) || []);
  drawTranscript($('room-transcript'), view.rounds);
  const transcriptRounds = view.rounds.length;
  $('room-transcript').setAttribute('data-rounds', transcriptRounds);
  if (state.seat && state.seat.code === code && view.draft && view.round !== lastRound) {
    lastRound = view.round;
    await showDesk(view);
  } else if (state.seat && state.seat.code === code && view.draft) {
    const me = view.seats.find(s => s.delegation === state.seat.delegation);
    $('answer-button').disabled = !!(me && me.answered) || view.state !== 'running';
  }
}

async function showDesk(view) {
  const seat = state.seat;
  const desk = await api('GET', 'rooms/' + seat.code + '/desk?delegation=' + encodeURIComponent(seat.delegation)
    + '&token=' + encodeURIComponent(seat.token));
  $('answer-box').hidden = false;
  const table = el('table', {}, el('caption', {}, 'The chair\'s draft, round ' + view.round),
    el('tr', {}, el('th', {scope: 'col'}, 'clause'), el('th', {scope: 'col'}, 'draft'), el('th', {scope: 'col'}, 'nearest label'),
      el('th', {scope: 'col'}, 'you want')));
  const amend = clear($('amend-fields'));
  for (const d of view.draft) {
    const want = desk.ideal[d.clause];
    table.append(el('tr', {}, el('td', {}, d.clause), el('td', {class: 'n'}, d.dropped ? 'dropped' : fmt(d.position, 1)),
      el('td', {}, d.label || ''), el('td', {class: 'n'}, want === undefined ? '—' : fmt(want, 0))));
    if (!d.dropped) {
      const id = 'amend-' + d.clause;
      amend.append(el('label', {for: id, class: 'amend'}, d.clause + ' → ',
        el('input', {type: 'number', id: id, min: 0, max: 100, step: 1, 'data-clause': d.clause, placeholder: 'no change'})));
    }
  }
  clear($('desk-draft')).append(table);
  $('desk-numbers').textContent = 'Your utility of this draft ' + fmt(desk.utility, 3) + '; the model\'s ' + seat.delegation
    + ' would aspire to ' + fmt(desk.aspiration, 3) + ' and would ' + desk.modelAnswer + '.'
    + (desk.redLinesCrossed.length ? ' The draft crosses your red line on ' + desk.redLinesCrossed.join(', ') + '.' : '');
  const refuse = clear($('refuse-fields'));
  for (const c of desk.redLinesCrossed) {
    refuse.append(el('label', {}, el('input', {type: 'checkbox', 'data-clause': c, checked: true}), ' red line on ' + c));
  }
  $('answer-button').disabled = desk.answered || view.state !== 'running';
}

async function sendAnswer() {
  const seat = state.seat;
  const kind = document.querySelector('input[name=kind]:checked').value;
  const amendments = {};
  if (kind === 'object') {
    for (const i of $('amend-fields').querySelectorAll('input')) if (i.value !== '') amendments[i.dataset.clause] = Number(i.value);
  }
  const redLines = kind === 'refuse' ? [...$('refuse-fields').querySelectorAll('input:checked')].map(i => i.dataset.clause) : [];
  try {
    await api('POST', 'rooms/' + seat.code + '/answer', {delegation: seat.delegation, token: seat.token,
      round: lastRound - 1, kind, amendments, redLines});
    showProblems($('room-problems'), null);
    $('answer-button').disabled = true;
    poll(seat.code);
  } catch (err) { showProblems($('room-problems'), err); }
}

// ---- wiring --------------------------------------------------------------------------------

function reset() {
  if (!state.original) return;
  state.tree = JSON.parse(state.original);
  render();
}

window.addEventListener('DOMContentLoaded', () => {
  $('upload-form').addEventListener('submit', upload);
  $('run-button').addEventListener('click', runOnce);
  $('simulate-button').addEventListener('click', simulate);
  $('download-scenario').addEventListener('click', downloadScenario);
  $('download-results').addEventListener('click', downloadResults);
  $('reset-button').addEventListener('click', reset);
  $('play-button').addEventListener('click', playSeat);
  $('open-room').addEventListener('click', openRoom);
  $('join-form').addEventListener('submit', join);
  $('rejoin-button').addEventListener('click', rejoin);
  $('answer-button').addEventListener('click', sendAnswer);
  for (const a of ['start', 'pause', 'resume', 'end']) $('room-' + a).addEventListener('click', () => teacherAction(a));
  const seat = remembered();
  if (seat) {
    $('rejoin').hidden = false;
    $('rejoin-button').textContent = 'Rejoin your seat ' + seat.delegation + ' in room ' + seat.code;
  }
  const params = new URLSearchParams(location.search);
  if (params.get('room')) $('join-code').value = params.get('room');
  loadFields().then(loadList).catch(err => showProblems($('upload-problems'), err));
});
