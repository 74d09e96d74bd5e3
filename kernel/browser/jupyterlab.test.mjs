// JupyterLab end to end, as a new user takes the path: `./spindle lab --no-browser`, then Debian's Chromium
// (driven by playwright-core) opens a lesson, runs it, completes, reads docs, interrupts, restarts and types input.
// Each step saves a screenshot under test-results/browser/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const HOME = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SHOTS = path.join(HOME, 'test-results', 'browser');
const TOKEN = 'spindle-e2e-' + process.pid;
const SCRATCH = 'e2e-scratch.ipynb';
const CHROMIUM = process.env.SPINDLE_CHROMIUM || '/usr/bin/chromium';

let lab, labLog = '', port, browser, page;

const freePort = () => new Promise((resolve, reject) => {
  const server = createServer();
  server.listen(0, '127.0.0.1', () => { const { port } = server.address(); server.close(() => resolve(port)); });
  server.on('error', reject);
});

const url = (p) => `http://127.0.0.1:${port}${p}${p.includes('?') ? '&' : '?'}token=${TOKEN}`;

async function api(method, p, body) {
  const response = await fetch(url(p), {
    method, headers: { 'Content-Type': 'application/json' }, body: body && JSON.stringify(body),
  });
  if (!response.ok && response.status !== 404) throw new Error(`${method} ${p}: ${response.status} ${await response.text()}`);
  return response;
}

async function waitForServer(deadlineMs) {
  const end = Date.now() + deadlineMs;
  while (Date.now() < end) {
    if (lab.exitCode !== null) throw new Error(`./spindle lab exited with ${lab.exitCode}:\n${labLog}`);
    try { if ((await fetch(url('/api/status'))).ok) return; } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`JupyterLab did not answer within ${deadlineMs} ms:\n${labLog}`);
}

async function shot(name) {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: false });
}

const idle = () => page.locator('#jp-main-statusbar').getByText(/Idle/).first().waitFor({ timeout: 60_000 });

async function openNotebook(file) {
  await page.goto(url(`/lab/tree/${file}`));
  await page.locator('#jp-main-statusbar').getByText(file).first().waitFor({ timeout: 60_000 });
  await page.waitForFunction(() => document.querySelectorAll('.jp-NotebookPanel:not(.lm-mod-hidden)').length === 1,
    null, { timeout: 60_000 });
  await cells().first().waitFor({ timeout: 60_000 });
  await idle();
}

async function menu(top, item) {
  await page.locator('.lm-MenuBar-itemLabel', { hasText: new RegExp(`^${top}$`) }).click();
  await page.locator('.lm-Menu-itemLabel', { hasText: item }).first().click();
}

// The reference solution of a small exercise, as a student would paste it into a marked cell.
function solutionCell() {
  const file = path.join(HOME, 'exercises/05-limiter/.meta/reference/spindle/exercises/limiter/Limiter.java');
  const source = readFileSync(file, 'utf8').replace(/^package .*;\n/m, '');
  return '// spindle:solution Limiter.java\n' + source;
}

// Earlier notebooks stay open in hidden tabs: every locator is scoped to the notebook on screen.
// The last panel is the notebook opened last; openNotebook waits until its tab is the current one.
const notebook = () => page.locator('.jp-NotebookPanel:not(.lm-mod-hidden)').last();
const cells = () => notebook().locator('.jp-Notebook .jp-Cell');

function lastCell() { return cells().last(); }

async function typeInNewCell(code) {
  await lastCell().click();
  await page.keyboard.press('Escape');
  await page.keyboard.press('b');                // a new code cell below, in command mode
  await lastCell().locator('.cm-content').click();
  await page.keyboard.type(code);
}

async function runLastCell() {
  await page.keyboard.press('Control+Enter');
}

async function outputOf(cell, pattern, timeout = 60_000) {
  const output = cell.locator('.jp-OutputArea-output').filter({ hasText: pattern }).first();
  await output.waitFor({ timeout });
  return output;
}

before(async () => {
  rmSync(SHOTS, { recursive: true, force: true });
  mkdirSync(SHOTS, { recursive: true });
  port = await freePort();
  const workspaces = mkdtempSync(path.join(tmpdir(), 'spindle-lab-ws-'));
  lab = spawn(path.join(HOME, 'spindle'), ['lab', '--no-browser', '--port', String(port),
    `--IdentityProvider.token=${TOKEN}`, `--LabApp.workspaces_dir=${workspaces}`], {
    cwd: HOME, env: { ...process.env, JUPYTER_PATH: '' }, stdio: ['ignore', 'pipe', 'pipe'], detached: true,
  });
  lab.stdout.on('data', (d) => { labLog += d; });
  lab.stderr.on('data', (d) => { labLog += d; });
  await waitForServer(600_000);  // the first run builds and creates the venv
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await api('PUT', `/api/contents/${SCRATCH}`, {
    type: 'notebook', format: 'json', content: {
      nbformat: 4, nbformat_minor: 5,
      metadata: { kernelspec: { name: 'spindle', display_name: 'Java 25 (Spindle)', language: 'java' } },
      cells: [
        { cell_type: 'code', id: 'first', metadata: {}, source: '"scratch"', outputs: [], execution_count: null },
        { cell_type: 'code', id: 'solution', metadata: {}, source: solutionCell(), outputs: [], execution_count: null },
      ],
    },
  });
});

after(async () => {
  try { await api('DELETE', `/api/contents/${SCRATCH}`); } catch { /* server already gone */ }
  await browser?.close();
  if (lab && lab.exitCode === null) {
    try { process.kill(-lab.pid, 'SIGTERM'); } catch { /* gone */ }
    await new Promise((r) => { lab.once('exit', r); setTimeout(r, 10_000); });
    try { process.kill(-lab.pid, 'SIGKILL'); } catch { /* gone */ }
  }
});

test('a lesson notebook runs all cells in JupyterLab with rendered text, HTML and chart outputs', async () => {
  const lesson = readdirSync(path.join(HOME, 'notebooks')).filter((f) => /^\d\d-.*\.ipynb$/.test(f)).sort()[0];
  assert.ok(lesson, 'notebooks/ has no lesson notebook (NN-*.ipynb)');
  await openNotebook(lesson);
  await assert.doesNotReject(
    page.locator('.jp-KernelName, .jp-Toolbar-kernelName').filter({ hasText: 'Java 25 (Spindle)' }).first()
      .waitFor({ timeout: 30_000 }), 'the Spindle kernel was not picked for the lesson');
  await menu('Run', 'Run All Cells');
  await page.locator('.jp-Notebook .jp-InputPrompt').filter({ hasText: /\[\*\]/ }).first()
    .waitFor({ state: 'detached', timeout: 120_000 }).catch(() => {});
  await idle();
  await page.waitForFunction(() => document.querySelectorAll('.jp-InputPrompt').length > 0
    && [...document.querySelectorAll('.jp-CodeCell .jp-InputPrompt')].every((p) => /\[\d+\]/.test(p.textContent)),
  null, { timeout: 120_000 });
  await shot('01-lesson-run-all');
  assert.equal(await page.locator('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]')
    .filter({ hasText: /Exception|error:/ }).count(), 0, 'a lesson cell printed an exception');
  assert.ok(await page.locator('.jp-RenderedText').count() > 0, 'no rendered text output');
  assert.ok(await page.locator('.jp-RenderedHTMLCommon, .jp-RenderedMarkdown').count() > 0, 'no rendered HTML');
  assert.ok(await page.locator('.jp-OutputArea-output img, .jp-RenderedImage img, .vega-embed').count() > 0,
    'no rendered chart');
});

test('Tab completes System.out.pri with println', async () => {
  await openNotebook(SCRATCH);
  await cells().first().locator('.cm-content').click();
  await page.keyboard.press('Control+Enter');        // as a user would: the kernel has run something first
  await outputOf(cells().first(), /scratch/);
  await typeInNewCell('System.out.pri');
  const completer = page.locator('.jp-Completer:not(.lm-mod-hidden)');
  // JupyterLab gives a completion provider one second; the first request of a fresh engine may take longer,
  // and then no popup appears. A user presses Tab again: so does the test, until a deadline.
  const deadline = Date.now() + 30_000;
  do {
    await page.keyboard.press('Tab');
    if (await completer.waitFor({ timeout: 3_000 }).then(() => true, () => false)) break;
  } while (Date.now() < deadline);
  await completer.waitFor({ timeout: 1_000 });
  await shot('02-completion');
  assert.match(await completer.innerText(), /println/);
  await page.keyboard.press('Escape');
});

test('Shift+Tab shows the documentation of a JDK method', async () => {
  await typeInNewCell('Math.max');
  await page.keyboard.press('Shift+Tab');
  const tooltip = page.locator('.jp-Tooltip:not(.lm-mod-hidden)').first();
  await tooltip.waitFor({ timeout: 30_000 });
  await shot('03-documentation');
  assert.match(await tooltip.innerText(), /max/i);
  await page.keyboard.press('Escape');
});

test('the toolbar interrupt button stops a spinning cell and the next cell runs', async () => {
  await typeInNewCell('long spins = 0;\nwhile (true) { spins++; }');
  await runLastCell();
  const spinning = lastCell();
  await page.locator('#jp-main-statusbar').getByText(/Busy/).first().waitFor({ timeout: 30_000 });
  const pressed = Date.now();
  await notebook().locator('jp-button[data-command="notebook:interrupt-kernel"], button[data-command="notebook:interrupt-kernel"]').first().click();
  await idle();
  const seconds = (Date.now() - pressed) / 1000;
  await outputOf(spinning, /interrupt/i, 10_000);
  await shot('04-interrupted');
  assert.ok(seconds < 5, `interrupt took ${seconds} s`);
  await typeInNewCell('20 + 22');
  await runLastCell();
  await outputOf(lastCell(), /^42$/);
});

test('restarting the kernel from the menu gives a working kernel', async () => {
  await menu('Kernel', 'Restart Kernel…');
  await page.locator('.jp-Dialog .jp-mod-accept').click();
  await idle();
  await typeInNewCell('"after restart".length()');
  await runLastCell();
  await outputOf(lastCell(), /^13$/);
  await shot('05-restarted');
});

test('reading System.in shows an input box and the typed line reaches the code', async () => {
  await typeInNewCell('var in = new java.util.Scanner(System.in);\nSystem.out.println("you typed: " + in.nextLine());');
  await runLastCell();
  const box = page.locator('.jp-Stdin-input');
  await box.waitFor({ timeout: 30_000 });
  await box.fill('a line from the browser');
  await shot('06-input-box');
  await box.press('Enter');
  await outputOf(lastCell(), /you typed: a line from the browser/);
  await shot('07-input-echoed');
});

test('output a thread prints after its cell finished appears in that cell', async () => {
  await typeInNewCell('Thread.ofVirtual().start(() -> { try { Thread.sleep(500); } catch (InterruptedException e) {} System.out.println("late hello"); });');
  await runLastCell();
  const starter = cells().nth(await cells().count() - 1);  // fixed now: lastCell() would follow the next cell
  await idle();
  await typeInNewCell('Thread.sleep(1500);');
  await runLastCell();
  await outputOf(starter, /late hello/, 10_000);
  await shot('08-late-output');
  assert.equal(await lastCell().locator('.jp-OutputArea-output').filter({ hasText: /late hello/ }).count(), 0);
});

test('%grade renders the results table of the marked solution cell', async () => {
  const solution = cells().nth(1);
  await solution.locator('.cm-content').click();
  await page.keyboard.press('Control+Enter');
  await idle();
  await typeInNewCell('%grade 05-limiter');
  await runLastCell();
  const table = lastCell().locator('.jp-OutputArea-output table').first();
  await table.waitFor({ timeout: 180_000 });
  await shot('09-grade-table');
  const report = await lastCell().locator('.jp-OutputArea').innerText();
  assert.match(report, /05-limiter/);
  assert.match(report, /(\d+) \/ \1 points/, 'the reference solution should score full marks');
  assert.match(report, /LimiterTest#\w+\s+passed/);
});

test('the file browser hides the lessons\' build output and JupyterLab does not ask to fetch news', async () => {
  const listing = await (await api('GET', '/api/contents/')).json();
  const names = listing.content.map((entry) => entry.name);
  assert.ok(names.some((name) => /^\d\d-.*\.ipynb$/.test(name)), `no lesson in ${names}`);
  assert.ok(!names.includes('target'), `target/ is listed: ${names}`);
  const notification = await (await api('GET', '/lab/api/settings/@jupyterlab/apputils-extension:notification')).json();
  assert.equal(notification.schema.properties.fetchNews.default, 'false');
});
