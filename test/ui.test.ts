/**
 * The web UI in a real browser (Debian chromium through playwright-core) against the real server on 127.0.0.1 with
 * a temporary database holding the demo corpus and the shared seeds. Screenshots land in test/screenshots/.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestIntoStore } from '../src/ingest-store.ts';
import { DEFAULT_WEB_ROOT, type RunningServer, startServer } from '../src/server/serve.ts';
import { openSqliteStore, type Store } from '../src/store/index.ts';

const CHROMIUM = '/usr/bin/chromium';
const LAUNCH_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const SHOTS = path.resolve(import.meta.dirname, 'screenshots');
const SEEDS = path.resolve(import.meta.dirname, '..', '..', 'shared', 'seeds');
const DEMO = path.resolve(import.meta.dirname, '..', 'demo', 'corpus');
const hasChromium = existsSync(CHROMIUM);

if (!hasChromium) console.warn(`ui.test.ts: skipped, no browser at ${CHROMIUM} (apt-get install -y chromium)`);

describe.skipIf(!hasChromium)('web UI in chromium', () => {
  let dir: string;
  let store: Store;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    if (!existsSync(path.join(DEFAULT_WEB_ROOT, 'index.html'))) throw new Error(`no built UI in ${DEFAULT_WEB_ROOT}: run "npm run build:web" (npm test does)`);
    mkdirSync(SHOTS, { recursive: true });
    dir = mkdtempSync(path.join(tmpdir(), 'corroborate-ui-'));
    store = openSqliteStore(path.join(dir, 'ui.db'));
    await ingestIntoStore(store, existsSync(SEEDS) ? [DEMO, SEEDS] : [DEMO]);
    server = await startServer({ store, host: '127.0.0.1', port: 0 });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // a CSP violation or script error means the UI broke under its own policy
    page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });

  it('lists stories, sorts and searches them', async () => {
    await page.goto(`${server.url}/`);
    await page.locator('.story-link').first().waitFor();
    expect(await page.locator('.story-link').count()).toBeGreaterThanOrEqual(2);
    await shot('ui-01-stories');
    await page.getByRole('tab', { name: 'Most disputed' }).click();
    await page.waitForFunction(() => document.querySelector('.tab.active')?.textContent === 'Most disputed');
    await page.locator('.search').fill('Varnholm');
    await page.waitForFunction(() => document.querySelectorAll('.story-link').length === 1);
    expect(await page.locator('.story-link').first().textContent()).toContain('Varnholm');
  });

  it('shows the story: cited brief, coverage matrix, conflicts, families, timeline, quotes, entities', async () => {
    await page.locator('.story-link').first().click();
    await page.locator('.brief-sentence').first().waitFor();
    const sentences = page.locator('.brief-sentence');
    expect(await sentences.count()).toBeGreaterThanOrEqual(3);
    for (let k = 0; k < 3; k++) expect(await sentences.nth(k).locator('.cite').count()).toBeGreaterThanOrEqual(1);
    // a citation opens on click and shows the article sentence it stands for
    await sentences.first().locator('.cite').first().click();
    const pop = page.locator('.cite-pop');
    await pop.waitFor();
    expect((await pop.locator('.cite-sentence').textContent())?.length ?? 0).toBeGreaterThan(20);
    await page.screenshot({ path: path.join(SHOTS, 'ui-02-brief-citation.png') });
    await sentences.first().locator('.cite').first().click();

    expect(await page.locator('.legend').isVisible()).toBe(true);
    expect(await page.locator('.matrix .cell.status-corroborated').count()).toBeGreaterThan(0);
    expect(await page.locator('.matrix .cell.status-disputed').count()).toBeGreaterThan(0);
    const conflict = page.locator('.conflict').first();
    expect(await conflict.isVisible()).toBe(true);
    expect(await conflict.locator('.side').count()).toBeGreaterThanOrEqual(2);
    const family = page.locator('.family').first();
    expect(await family.isVisible()).toBe(true);
    expect(await family.locator('.pairs tbody tr').count()).toBeGreaterThan(0);
    expect(await page.locator('.timeline li').count()).toBeGreaterThan(0);
    expect(await page.locator('.entities tbody tr').count()).toBeGreaterThan(0);
    // quotations with their speakers: the demo story names every speaker of its first (most carried) quote
    expect(await page.locator('.quotes tbody tr').count()).toBeGreaterThan(0);
    expect((await page.locator('.quotes tbody tr').first().locator('.speaker').textContent())?.trim()).not.toBe('not named');
    await shot('ui-03-story');
    await page.locator('#matrix').scrollIntoViewIfNeeded();
    await page.locator('#matrix h2').evaluate((el) => el.scrollIntoView());
    await page.screenshot({ path: path.join(SHOTS, 'ui-04-matrix.png') });
    await page.locator('#conflicts').screenshot({ path: path.join(SHOTS, 'ui-05-conflicts.png') });
    await page.locator('#quotes').screenshot({ path: path.join(SHOTS, 'ui-05b-quotes.png') });
  });

  it('shows an article with loaded words marked and boilerplate on demand', async () => {
    await page.locator('#articles a', { hasText: 'shocking warnings' }).click();
    await page.locator('.article-text').waitFor();
    expect(await page.locator('.article-text mark.loaded').count()).toBeGreaterThan(0);
    await shot('ui-06-article');
    const toggle = page.locator('.toggle-removed');
    if ((await toggle.count()) > 0) {
      expect(await page.locator('del.boilerplate').count()).toBe(0);
      await toggle.click();
      expect(await page.locator('del.boilerplate').count()).toBeGreaterThan(0);
    }
  });

  it('adds a pasted article through the ingest box', async () => {
    await page.goto(`${server.url}/#/add`);
    await page.locator('textarea[name=text]').fill('Harbour crane collapses in Port Ellison\n\nA harbour crane collapsed in Port Ellison on Friday, injuring two workers, the port authority said.');
    await page.locator('input[name=outlet]').fill('Test Gazette');
    await page.getByRole('button', { name: 'Add' }).click();
    await page.locator('.ingest-result').waitFor();
    expect(await page.locator('.ingest-result').textContent()).toContain('Added 1');
    await shot('ui-07-add');
    expect(problems).toEqual([]);
  });
});
