// Head-office KPI dashboard: plain JavaScript, charts drawn as SVG by hand, no build step, no CDN.
// The HQ key lives in sessionStorage only: it is gone when the tab closes.
(() => {
  'use strict';

  const KEY = 'membercard.hqKey';
  const SVG = 'http://www.w3.org/2000/svg';
  const COLUMNS = [
    ['rank', 'Rank', 'num'], ['grade', 'Grade', 'grade'], ['score', 'Score', 'num'], ['branchCode', 'Branch', ''], ['branchName', 'Name', ''],
    ['newCards', 'New cards', 'num'], ['activationRate', 'Activation', 'pct'], ['activeMembers', 'Active members', 'num'],
    ['purchases', 'Purchases', 'num'], ['purchaseFrequency', 'Frequency', 'num'], ['netSpend', 'Net spend ¥', 'money'],
    ['averageSpend', 'Avg spend ¥', 'money'], ['redemptions', 'Redemptions', 'num'], ['pointsIssued', 'Pts issued', 'num'],
    ['pointsRedeemed', 'Pts redeemed', 'num'], ['pointsExpired', 'Pts expired', 'num'], ['outstandingPoints', 'Pts outstanding', 'num'],
    ['outstandingValue', 'Liability ¥', 'money'], ['complaints', 'Complaints', 'num'], ['medianHandlingHours', 'Median handling h', 'num'],
    ['satisfaction', 'Satisfaction', 'num'], ['campaignParticipants', 'Campaign participants', 'num'], ['campaignSpendUplift', 'Spend uplift', 'pct'],
  ];

  const $ = (id) => document.getElementById(id);
  const state = { rows: [], sortKey: 'rank', ascending: true, loading: 0 };

  function key() { return sessionStorage.getItem(KEY) || ''; }

  function setStatus(text, isError) {
    const status = $('status');
    status.textContent = text;
    status.classList.toggle('error', Boolean(isError));
  }

  async function api(path) {
    const response = await fetch(path, { headers: { 'X-Api-Key': key(), 'Accept': 'application/json' } });
    if (!response.ok) {
      let detail = response.statusText;
      try { const problem = await response.json(); detail = problem.detail || problem.title || detail; } catch { /* not JSON */ }
      throw new Error(`${response.status}: ${detail}`);
    }
    return response.json();
  }

  async function load(month) {
    if (!key()) { setStatus('Enter the head-office key to load the KPIs.'); return; }
    const ticket = ++state.loading;
    setStatus('Loading…');
    try {
      const query = month ? `?month=${encodeURIComponent(month)}` : '';
      const report = await api(`/api/v1/hq/kpis${query}`);
      const trend = await api(`/api/v1/hq/kpis/trend?months=12&to=${encodeURIComponent(report.month)}`);
      if (ticket !== state.loading) return; // a newer request has started meanwhile
      $('month').value = report.month;
      state.rows = report.branches;
      renderTable(report.month);
      renderWeights(report.weights);
      renderCharts(trend.months);
      const csv = $('csv-link');
      csv.hidden = false;
      csv.dataset.month = report.month;
      setStatus(`Loaded ${report.month} (${report.from} – ${report.to}), ${report.branches.length} branches.`);
    } catch (error) {
      if (ticket === state.loading) setStatus(`Could not load the KPIs: ${error.message}`, true);
    }
  }

  function format(value, kind) {
    if (value === null || value === undefined) return '–';
    if (kind === 'pct') return `${(value * 100).toFixed(1)}%`;
    if (kind === 'money') return Number(value).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    if (typeof value === 'number') return value.toLocaleString('en-US');
    return String(value);
  }

  function compare(a, b) {
    const x = a[state.sortKey], y = b[state.sortKey];
    if (x === y) return a.rank - b.rank;
    if (x === null || x === undefined) return 1;
    if (y === null || y === undefined) return -1;
    const order = typeof x === 'number' ? x - y : String(x).localeCompare(String(y));
    return state.ascending ? order : -order;
  }

  function renderTable(month) {
    const head = document.querySelector('#kpi-table thead tr');
    head.replaceChildren(...COLUMNS.map(([name, label]) => {
      const th = document.createElement('th');
      th.textContent = label;
      th.dataset.col = name;
      th.scope = 'col';
      if (name === state.sortKey) th.setAttribute('aria-sort', state.ascending ? 'ascending' : 'descending');
      th.addEventListener('click', () => sortBy(name));
      return th;
    }));
    const body = document.querySelector('#kpi-table tbody');
    body.replaceChildren(...[...state.rows].sort(compare).map((row) => {
      const tr = document.createElement('tr');
      tr.dataset.branchCode = row.branchCode;
      for (const [name, , kind] of COLUMNS) {
        const td = document.createElement('td');
        td.dataset.col = name;
        td.textContent = format(row[name], kind);
        if (kind && kind !== 'grade') td.className = 'num';
        if (kind === 'grade') td.className = `grade-${row.grade}`;
        tr.append(td);
      }
      return tr;
    }));
    $('kpi-table').dataset.month = month;
  }

  function sortBy(name) {
    state.ascending = state.sortKey === name ? !state.ascending : name === 'rank' || name === 'branchCode' || name === 'branchName';
    state.sortKey = name;
    renderTable($('kpi-table').dataset.month);
  }

  function renderWeights(w) {
    $('weights').textContent = `score weights: new cards ${w.newCards}, activation ${w.activationRate}, active ${w.activeMembers}, ` +
      `frequency ${w.purchaseFrequency}, avg spend ${w.averageSpend}, redemptions ${w.redemptions}, satisfaction ${w.satisfaction}`;
  }

  function el(name, attributes, text) {
    const node = document.createElementNS(SVG, name);
    for (const [k, v] of Object.entries(attributes)) node.setAttribute(k, v);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  const PLOT = { left: 48, right: 470, top: 24, bottom: 210 };

  function axes(svg, labels, max) {
    svg.replaceChildren();
    const height = PLOT.bottom - PLOT.top;
    for (let i = 0; i <= 4; i++) {
      const y = PLOT.bottom - (height * i) / 4;
      svg.append(el('line', { x1: PLOT.left, x2: PLOT.right, y1: y, y2: y, stroke: '#e4e7eb' }));
      svg.append(el('text', { x: PLOT.left - 4, y: y + 3, 'text-anchor': 'end' }, Math.round((max * i) / 4).toLocaleString('en-US')));
    }
    const step = (PLOT.right - PLOT.left) / Math.max(labels.length, 1);
    labels.forEach((label, i) => {
      if (labels.length <= 12 || i % 2 === 0) {
        svg.append(el('text', { x: PLOT.left + step * (i + 0.5), y: PLOT.bottom + 14, 'text-anchor': 'middle' }, label.slice(2)));
      }
    });
    return step;
  }

  function legend(svg, series) {
    series.forEach((s, i) => {
      svg.append(el('rect', { x: PLOT.left + i * 110, y: 6, width: 10, height: 10, fill: s.color }));
      svg.append(el('text', { x: PLOT.left + i * 110 + 14, y: 15 }, s.name));
    });
  }

  function lineChart(svg, labels, series) {
    const max = Math.max(1, ...series.flatMap((s) => s.values));
    const step = axes(svg, labels, max);
    const height = PLOT.bottom - PLOT.top;
    for (const s of series) {
      const points = s.values.map((v, i) => `${PLOT.left + step * (i + 0.5)},${PLOT.bottom - (height * v) / max}`);
      svg.append(el('polyline', { points: points.join(' '), fill: 'none', stroke: s.color, 'stroke-width': 2 }));
      s.values.forEach((v, i) => {
        const dot = el('circle', { cx: PLOT.left + step * (i + 0.5), cy: PLOT.bottom - (height * v) / max, r: 2.5, fill: s.color });
        dot.append(el('title', {}, `${s.name} ${labels[i]}: ${v.toLocaleString('en-US')}`));
        svg.append(dot);
      });
    }
    legend(svg, series);
  }

  function stackedBars(svg, labels, series) {
    const totals = labels.map((_, i) => series.reduce((sum, s) => sum + s.values[i], 0));
    const max = Math.max(1, ...totals);
    const step = axes(svg, labels, max);
    const height = PLOT.bottom - PLOT.top;
    labels.forEach((label, i) => {
      let base = PLOT.bottom;
      for (const s of series) {
        const h = (height * s.values[i]) / max;
        const bar = el('rect', { x: PLOT.left + step * i + step * 0.15, y: base - h, width: step * 0.7, height: h, fill: s.color });
        bar.append(el('title', {}, `${label} grade ${s.name}: ${s.values[i]}`));
        svg.append(bar);
        base -= h;
      }
    });
    legend(svg, series);
  }

  function renderCharts(months) {
    const labels = months.map((m) => m.month);
    lineChart($('chart-members'), labels, [
      { name: 'New cards', color: '#1b7f5b', values: months.map((m) => m.newCards) },
      { name: 'Active members', color: '#2f6fde', values: months.map((m) => m.activeMembers) },
    ]);
    lineChart($('chart-points'), labels, [
      { name: 'Issued', color: '#1b7f5b', values: months.map((m) => m.pointsIssued) },
      { name: 'Redeemed', color: '#2f6fde', values: months.map((m) => m.pointsRedeemed) },
      { name: 'Expired', color: '#c2410c', values: months.map((m) => m.pointsExpired) },
    ]);
    stackedBars($('chart-grades'), labels, ['A', 'B', 'C', 'D'].map((g, i) => ({
      name: g, color: ['#067647', '#65a30d', '#d97706', '#b42318'][i], values: months.map((m) => m.grades[g.toLowerCase()]),
    })));
  }

  async function downloadCsv(event) {
    event.preventDefault();
    const month = event.currentTarget.dataset.month;
    const response = await fetch(`/api/v1/hq/kpis.csv?month=${encodeURIComponent(month)}`, { headers: { 'X-Api-Key': key() } });
    if (!response.ok) { setStatus(`Could not export: ${response.status}`, true); return; }
    const url = URL.createObjectURL(await response.blob());
    const link = document.createElement('a');
    link.href = url;
    link.download = `kpis-${month}.csv`;
    link.click();
    URL.revokeObjectURL(url);
  }

  document.addEventListener('DOMContentLoaded', () => {
    $('key-form').addEventListener('submit', (event) => {
      event.preventDefault();
      const value = $('hq-key').value.trim();
      if (value) sessionStorage.setItem(KEY, value);
      $('hq-key').value = '';
      load($('month').value);
    });
    $('forget-key').addEventListener('click', () => {
      sessionStorage.removeItem(KEY);
      state.rows = [];
      document.querySelector('#kpi-table tbody').replaceChildren();
      setStatus('Key forgotten.');
    });
    $('month').addEventListener('change', () => { if ($('month').value) load($('month').value); });
    $('csv-link').addEventListener('click', downloadCsv);
    load('');
  });
})();
