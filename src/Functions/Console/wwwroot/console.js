// The review console: a small single-page app over the reviewers' API. Plain DOM, no framework and no
// third-party code, so the app serves everything it needs. Text from the API is only ever set as
// textContent, never parsed as HTML.
'use strict';

const KEY = 'aligners.reviewerKey';
const $ = (id) => document.getElementById(id);
let refreshTimer = null;

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'text') node.textContent = v;
    else if (k === 'class') node.className = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else if (v !== null && v !== undefined && v !== false) node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return node;
}

function say(message) { $('status').textContent = message; }

async function api(path, options = {}) {
  const response = await fetch(path, {
    ...options,
    headers: { 'x-functions-key': sessionStorage.getItem(KEY) || '', ...(options.body ? { 'content-type': 'application/json' } : {}) },
  });
  // 401: the host knows no such key; 403: a valid key, but not a reviewer's (the host's own key, say).
  if (response.status === 401) { signOut('The key was refused: this service knows no such key.'); throw new Error('unauthorized'); }
  if (response.status === 403) { signOut('That key is not a reviewer\'s: sign in with a reviewer\'s key.'); throw new Error('forbidden'); }
  const body = response.headers.get('content-type')?.includes('json') ? await response.json() : null;
  if (!response.ok) throw new Error(body?.detail || body?.error?.message || `HTTP ${response.status}`);
  return body;
}

function signOut(message) {
  sessionStorage.removeItem(KEY);
  clearInterval(refreshTimer);
  $('nav').hidden = true;
  $('view').hidden = true;
  $('signin').hidden = false;
  $('signin-error').textContent = message || '';
  $('key').value = '';
  $('key').focus();
}

async function signIn(event) {
  event.preventDefault();
  sessionStorage.setItem(KEY, $('key').value);
  try {
    await api('/api/reviews?pageSize=1');
  } catch {
    if (!sessionStorage.getItem(KEY)) return;
  }
  $('signin').hidden = true;
  $('nav').hidden = false;
  $('view').hidden = false;
  if (!location.hash || location.hash === '#') location.hash = '#/instances'; else route();
}

function show(title, ...content) {
  clearInterval(refreshTimer);
  const view = $('view');
  const heading = el('h2', { id: 'view-title', tabindex: '-1', text: title });
  view.replaceChildren(heading, ...content);
  view.setAttribute('aria-labelledby', 'view-title');
  for (const a of document.querySelectorAll('#nav a')) {
    if (location.hash.startsWith(a.getAttribute('href'))) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  }
  heading.focus();
}

const fmt = (n) => (typeof n === 'number' ? n.toFixed(3) : '');
const when = (t) => new Date(t).toLocaleString();

// Instances ------------------------------------------------------------------------------------

async function instances(params = new URLSearchParams(), append = null) {
  const page = await api('/api/instances?' + params);
  const rows = page.items.map((i) => el('tr', {},
    el('td', { text: when(i.createdTime) }),
    el('td', {}, el('a', { href: `#/instances/${encodeURIComponent(i.instanceId)}`, text: i.instanceId })),
    el('td', { text: i.tenant }),
    el('td', { text: i.runtimeStatus }),
    el('td', { text: i.changed === null || i.changed === undefined ? '' : i.changed ? 'yes' : 'no' }),
    el('td', { text: i.applied.join(', ') }),
    el('td', { text: i.unresolved.join(', ') }),
    el('td', { text: i.prompt })));
  if (append) { append.tbody.append(...rows); append.more(page.continuationToken); return; }
  const form = el('form', { class: 'filters', id: 'filters' },
    field('Tenant', el('input', { id: 'f-tenant', name: 'tenant', value: params.get('tenant') || '' })),
    field('Criterion', el('input', { id: 'f-criterion', name: 'criterion', value: params.get('criterion') || '' })),
    field('Changed', choice('f-changed', 'changed', params.get('changed'))),
    field('Unresolved', choice('f-unresolved', 'unresolved', params.get('unresolved'))),
    el('button', { type: 'submit', text: 'Apply filters' }));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const p = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (v) p.set(k, v);
    instances(p).then(() => say('Filters applied.'));
  });
  const tbody = el('tbody', {}, rows);
  const table = el('table', {}, el('caption', { text: 'Recent alignment instances' }),
    el('thead', {}, el('tr', {}, ['Created', 'Instance', 'Tenant', 'Status', 'Changed', 'Rewritten', 'Unresolved', 'Prompt'].map((h) => el('th', { scope: 'col', text: h })))),
    tbody);
  const moreSlot = el('div');
  const more = (token) => moreSlot.replaceChildren(token ? el('button', {
    type: 'button', text: 'Load more',
    onclick: () => { const p = new URLSearchParams(params); p.set('continuationToken', token); instances(p, { tbody, more }); },
  }) : '');
  show('Instances', form, table, moreSlot);
  more(page.continuationToken);
}

function field(label, control) {
  return el('div', {}, el('label', { for: control.id, text: label }), control);
}

function choice(id, name, value) {
  return el('select', { id, name }, [['', 'Any'], ['true', 'Yes'], ['false', 'No']].map(([v, t]) => el('option', { value: v, selected: v === (value || ''), text: t })));
}

async function instance(id) {
  const detail = await api(`/api/instances/${encodeURIComponent(id)}`);
  const audit = { verification: detail.verification ?? { valid: false, reason: 'no audit record' }, entries: detail.entries ?? [] };
  const o = detail.status.output;
  const facts = el('dl', {},
    el('dt', { text: 'Status' }), el('dd', { text: `${detail.status.runtimeStatus} (${detail.status.stage})` }),
    el('dt', { text: 'Tenant' }), el('dd', { text: detail.tenant }),
    el('dt', { text: 'Policy' }), el('dd', { text: detail.policy ? `${detail.policy.name} version ${detail.policy.version}${detail.policy.shadow ? ' (shadow)' : ''}` : '' }),
    el('dt', { text: 'Prompt' }), el('dd', { text: o?.prompt ?? '' }));
  const scores = o ? el('table', { id: 'scores' }, el('caption', { text: 'Inspector scores, P(aligned)' }),
    el('thead', {}, el('tr', {}, ['Criterion', 'Before', 'After'].map((h) => el('th', { scope: 'col', text: h })))),
    el('tbody', {}, Object.entries(o.scores).map(([c, s]) => el('tr', {}, el('th', { scope: 'row', text: c }), el('td', { text: fmt(s.before) }), el('td', { text: fmt(s.after) }))))) : el('p', { text: 'No output yet.' });
  // Findings by type and span; the texts above and below come with every value masked.
  const privacy = detail.privacy ? el('table', { id: 'privacy' }, el('caption', { text: 'Personal data found (values masked in the texts)' }),
    el('thead', {}, el('tr', {}, ['Stage', 'Text', 'Type', 'Span', 'Detector', 'Confidence'].map((h) => el('th', { scope: 'col', text: h })))),
    el('tbody', {}, detail.privacy.length ? detail.privacy.map((f) => el('tr', {},
      el('td', { text: f.stage }), el('td', { text: f.where ?? 'answer' }), el('th', { scope: 'row', text: f.type }),
      el('td', { text: `${f.start}–${f.end}` }), el('td', { text: f.detector }), el('td', { text: fmt(f.confidence) })))
      : [el('tr', {}, el('td', { colspan: 6, text: 'None found.' }))])) : null;
  const diff = el('p', { class: 'diff', id: 'diff' }, detail.diff.map((r) => r.op === 'equal' ? r.text
    : el(r.op === 'delete' ? 'del' : 'ins', { 'aria-label': `${r.op === 'delete' ? 'removed' : 'added'}: ${r.text}` }, r.text)));
  const v = audit.verification;
  // An unkeyed record has entries from before HMAC chaining: intact, but not proof against someone who could write them.
  const verdict = el('p', { id: 'verification', class: !v.valid ? 'broken' : v.unkeyed ? 'unkeyed' : 'verified',
    text: !v.valid ? `Audit record broken at entry ${v.firstBadSeq}: ${v.reason}`
      : v.unkeyed ? `Audit record unkeyed: ${audit.entries.length} entries, chain intact, but with entries from before HMAC chaining (not proof against anyone who could write them).`
      : `Audit record verified: ${audit.entries.length} entries, hash chain intact, every entry signed with the audit key.` });
  const entries = el('table', { id: 'audit' }, el('caption', { text: 'Audit record' }),
    el('thead', {}, el('tr', {}, ['#', 'Type', 'Entry', 'Time'].map((h) => el('th', { scope: 'col', text: h })))),
    el('tbody', {}, audit.entries.map((e) => el('tr', {}, el('td', { text: e.seq }), el('td', { text: e.type }), el('td', { text: e.id }), el('td', { text: e.time ? when(e.time) : '' })))));
  show(`Instance ${id}`, facts, scores, privacy, el('h3', { text: o?.shadow ? 'Answer and the rewrite shadow mode would have made' : 'Answer and aligned answer' }), diff,
    el('p', { class: 'hint', text: 'Removed words are struck through, added words highlighted.' }), el('h3', { text: 'Audit' }), verdict, entries);
}

// Review queue ---------------------------------------------------------------------------------

async function reviews(state = 'pending') {
  const page = await api(`/api/reviews?state=${state}&pageSize=50`);
  const select = el('select', { id: 'r-state' }, ['pending', 'decided'].map((s) => el('option', { value: s, selected: s === state, text: s })));
  select.addEventListener('change', () => reviews(select.value));
  const cards = page.items.length ? page.items.map(reviewCard) : [el('p', { text: 'Nothing to review.' })];
  show('Review queue', field('State', select), ...cards);
}

function reviewCard(item) {
  const status = el('p', { class: 'decision', text: item.state === 'decided' ? `Decided: ${item.decision}${item.reviewer ? ' by ' + item.reviewer : ''}` : '' });
  const label = `${item.tenant}/${item.instanceId}`;
  const decide = async (action, text) => {
    try {
      const done = await api(`/api/reviews/${encodeURIComponent(item.tenant)}/${encodeURIComponent(item.instanceId)}/decision`,
        { method: 'POST', body: JSON.stringify({ action, text }) });
      status.textContent = `Decided: ${done.decision}`;
      actions.remove();
      editor.remove();
      say(`Recorded ${done.decision} for ${label} in its audit record.`);
    } catch (e) { say(`Could not record the decision: ${e.message}`); }
  };
  const editId = `edit-${item.instanceId}`;
  const editor = el('div', { hidden: true },
    el('label', { for: editId, text: 'Replacement text' }), el('textarea', { id: editId }, item.rewrite),
    el('button', { type: 'button', class: 'primary', text: 'Save and approve', onclick: () => decide('replace', $(editId).value) }));
  const actions = el('div', { class: 'actions', role: 'group', 'aria-label': `Decide ${label}` },
    el('button', { type: 'button', text: 'Approve original', onclick: () => decide('approve-original') }),
    el('button', { type: 'button', class: 'primary', text: 'Approve rewrite', onclick: () => decide('approve-rewrite') }),
    el('button', { type: 'button', text: 'Edit and approve', 'aria-expanded': 'false', onclick: (e) => { editor.hidden = false; e.target.setAttribute('aria-expanded', 'true'); $(editId).focus(); } }));
  return el('article', { class: 'card', 'aria-label': `Review ${label}` },
    el('h3', {}, el('a', { href: `#/instances/${encodeURIComponent(item.instanceId)}`, text: label })),
    el('p', { text: `Criteria: ${item.criteria.join(', ')} · ${item.policy}${item.shadow ? ' · shadow' : ''}` }),
    el('ul', {}, item.reasons.map((r) => el('li', { text: r }))),
    el('p', {}, el('strong', { text: 'Prompt: ' }), item.prompt),
    el('p', {}, el('strong', { text: 'Original: ' }), item.original),
    el('p', {}, el('strong', { text: 'Rewrite: ' }), item.rewrite),
    status, item.state === 'pending' ? actions : '', item.state === 'pending' ? editor : '');
}

// Bulk jobs ------------------------------------------------------------------------------------

async function bulk() {
  const render = async () => {
    const page = await api('/api/bulk?pageSize=50');
    const rows = page.items.map((j) => el('tr', {},
      el('td', { text: j.jobId }), el('td', { text: j.tenant }), el('td', { class: 'job-status', text: j.status }),
      el('td', {}, el('progress', { max: j.total, value: j.completed + j.failed, 'aria-label': `Job ${j.jobId}: ${j.completed + j.failed} of ${j.total} lines done` })),
      el('td', { text: `${j.completed} completed, ${j.failed} failed, ${j.pending} pending` })));
    const table = el('table', { id: 'jobs' }, el('caption', { text: 'Bulk jobs' }),
      el('thead', {}, el('tr', {}, ['Job', 'Tenant', 'Status', 'Progress', 'Lines'].map((h) => el('th', { scope: 'col', text: h })))), el('tbody', {}, rows));
    return { table, running: page.items.some((j) => j.status === 'Running') };
  };
  const first = await render();
  show('Bulk jobs', first.table);
  // Live progress: redraw the table every second while a job runs.
  refreshTimer = setInterval(async () => {
    const next = await render();
    $('jobs')?.replaceWith(next.table);
    if (!next.running) { clearInterval(refreshTimer); say('Every bulk job has finished.'); }
  }, 1000);
}

// Rates ----------------------------------------------------------------------------------------

async function rates(days = 7) {
  const data = await api(`/api/stats?days=${days}`);
  const select = el('select', { id: 'days' }, [7, 14, 30].map((d) => el('option', { value: d, selected: d === days, text: `Last ${d} days` })));
  select.addEventListener('change', () => rates(Number(select.value)));
  const criteria = [...new Set(data.days.flatMap((d) => Object.keys(d.criteria)))].sort();
  const charts = criteria.map((c) => chart(c, data.days));
  const types = [...new Set(data.days.flatMap((d) => Object.keys(d.privacy || {})))].sort();
  const privacy = types.length ? el('table', { id: 'privacy-rates' }, el('caption', { text: 'Personal data found per day, by type' }),
    el('thead', {}, el('tr', {}, ['Day', ...types].map((h) => el('th', { scope: 'col', text: h })))),
    el('tbody', {}, data.days.map((d) => el('tr', {}, el('td', { text: d.date }), types.map((t) => el('td', { text: d.privacy[t] || 0 })))))) : null;
  show('Flag and rewrite rates', field('Period', select), ...(charts.length ? charts : [el('p', { text: 'No finished instances in this period.' })]), privacy);
}

function chart(criterion, days) {
  const ns = 'http://www.w3.org/2000/svg';
  const w = 40 * days.length + 40, h = 140;
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('class', 'chart');
  svg.setAttribute('width', w);
  svg.setAttribute('height', h);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', `${criterion}: flag and rewrite rates per day; the table below has the figures`);
  days.forEach((d, i) => {
    const r = d.criteria[criterion] || { checked: 0, flagged: 0, rewritten: 0 };
    [[r.checked ? r.flagged / r.checked : 0, '#d98200', 0], [r.checked ? r.rewritten / r.checked : 0, '#0b5cad', 14]].forEach(([rate, color, dx]) => {
      const bar = document.createElementNS(ns, 'rect');
      bar.setAttribute('x', 30 + i * 40 + dx);
      bar.setAttribute('y', 10 + (1 - rate) * 100);
      bar.setAttribute('width', 12);
      bar.setAttribute('height', rate * 100);
      bar.setAttribute('fill', color);
      svg.append(bar);
    });
    const label = document.createElementNS(ns, 'text');
    label.setAttribute('x', 30 + i * 40);
    label.setAttribute('y', 130);
    label.setAttribute('font-size', '10');
    label.textContent = d.date.slice(5);
    svg.append(label);
  });
  const table = el('table', {}, el('caption', { text: `${criterion} per day` }),
    el('thead', {}, el('tr', {}, ['Day', 'Checked', 'Flagged', 'Rewritten'].map((h) => el('th', { scope: 'col', text: h })))),
    el('tbody', {}, days.map((d) => { const r = d.criteria[criterion] || { checked: 0, flagged: 0, rewritten: 0 }; return el('tr', {}, el('td', { text: d.date }), el('td', { text: r.checked }), el('td', { text: r.flagged }), el('td', { text: r.rewritten })); })));
  return el('section', { 'aria-label': criterion }, el('h3', { text: criterion }),
    el('p', { class: 'legend' }, el('span', {}, el('span', { class: 'swatch flagged' }), 'flagged'), el('span', {}, el('span', { class: 'swatch rewritten' }), 'rewritten')),
    svg, table);
}

// Routing --------------------------------------------------------------------------------------

async function route() {
  if (!sessionStorage.getItem(KEY)) { signOut(); return; }
  const [, section, id] = location.hash.split('/');
  try {
    if (section === 'instances' && id) await instance(decodeURIComponent(id));
    else if (section === 'reviews') await reviews();
    else if (section === 'bulk') await bulk();
    else if (section === 'rates') await rates();
    else await instances();
  } catch (e) {
    if (e.message !== 'unauthorized') { show('Something went wrong', el('p', { class: 'error', role: 'alert', text: e.message })); }
  }
}

document.addEventListener('DOMContentLoaded', () => {
  $('signin-form').addEventListener('submit', signIn);
  $('signout').addEventListener('click', () => signOut('Signed out.'));
  window.addEventListener('hashchange', route);
  if (sessionStorage.getItem(KEY)) {
    $('signin').hidden = true;
    $('nav').hidden = false;
    $('view').hidden = false;
    route();
  } else {
    $('key').focus();
  }
});
