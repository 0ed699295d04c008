import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatHtml } from '../../src/audit/report/html.js';
import {
  categories, reportContext, repoRoot, syntheticAnalysis, syntheticFiles, syntheticFlow, syntheticModels, syntheticResult, syntheticStore, tempDir,
} from './helpers.js';

// Debian's chromium (`apt-get install chromium`); playwright-core never downloads a browser.
const chromiumPath = '/usr/bin/chromium';
const screenshot = path.join(repoRoot, 'tests/artifacts/audit-report.png');

describe('html report in headless Chromium', () => {
  let browser: Browser;
  let file: string;
  const result = syntheticResult({
    files: [
      ...syntheticFiles(),
      // Markup in an expression must show as text, not run.
      syntheticAnalysis('src/xss.ts', [syntheticFlow({
        file: 'src/xss.ts', line: 2, kind: 'log', source: 'wrap<img src=x onerror=alert(1)>(user.email)', target: 'console.log', categories: [categories.password!],
      })]),
      // Data models: one with a sensitive field in clear (a red store node), one with every field protected.
      syntheticModels('prisma/schema.prisma', [
        syntheticStore({ file: 'prisma/schema.prisma', line: 1, model: 'Customer', table: 'customers', fields: [
          { name: 'email', line: 3, category: categories.email! },
          { name: 'ssn', line: 4, category: categories.ssn! },
        ] }),
        syntheticStore({ file: 'prisma/schema.prisma', line: 8, model: 'Vault', fields: [
          { name: 'cardNumber', line: 10, category: categories.card!, protection: 'encrypted' },
          { name: 'password', line: 11, category: categories.password!, protection: 'password-hash' },
        ] }),
      ]),
    ],
  });

  beforeAll(async () => {
    if (!fs.existsSync(chromiumPath)) {
      throw new Error(`${chromiumPath} is missing: install Debian's chromium (apt-get install -y chromium) to run the HTML report test`);
    }
    file = path.join(tempDir('html'), 'report.html');
    fs.writeFileSync(file, formatHtml(result, reportContext));
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('opens offline, shows the summary, the diagram and the rows, filters them, and is screenshotted', async () => {
    const context = await browser.newContext({ offline: true, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));

    await page.goto(pathToFileURL(file).href);
    expect(await page.title()).toBe('Privacy audit');
    expect(await page.locator('#summary .card').first().textContent()).toContain(String(result.summary.findings));

    // The diagram: one node per category, one per destination, one edge per category → destination.
    const svg = page.locator('svg#data-flow-diagram');
    await expect.poll(() => svg.isVisible()).toBe(true);
    expect(await svg.locator('g.node-category').count()).toBe(result.inventory.categories.length);
    expect(await svg.locator('g.node-destination').count()).toBe(
      result.inventory.recipients.length + result.inventory.stores.length + result.inventory.logSinks.length,
    );
    const edges = svg.locator('path.edge');
    expect(await edges.count()).toBeGreaterThanOrEqual(6);
    expect(await svg.locator('path.edge[data-status="violation"]').count()).toBeGreaterThan(0);
    expect(await svg.locator('path.edge[data-category="contact.email"][data-destination="PostHog"]').getAttribute('stroke')).toBe('#c5221f');
    expect(await svg.locator('path.edge[data-category="financial.card-number"]').first().getAttribute('data-status')).toBe('violation');

    // Data models are store nodes, red when a sensitive field is stored in clear, green otherwise.
    const stores = svg.locator('g.node-store');
    expect(await stores.count()).toBe(2);
    expect(await svg.locator('g.node-store[data-destination="Customer"] rect').getAttribute('class')).toBe('store-bad');
    expect(await svg.locator('g.node-store[data-destination="Customer"]').getAttribute('data-unprotected')).toBe('true');
    expect(await svg.locator('g.node-store[data-destination="Vault"] rect').getAttribute('class')).toBe('store-ok');
    expect(await svg.locator('g.node-store[data-destination="Customer"] rect').evaluate((el) => getComputedStyle(el).fill)).toBe('rgb(252, 232, 230)');
    expect(await svg.locator('g.node-store[data-destination="Vault"] rect').evaluate((el) => getComputedStyle(el).fill)).toBe('rgb(230, 244, 234)');
    // The reported field is a flow edge; the email column (below the threshold) a dashed "declared" edge.
    expect(await svg.locator('path.edge[data-category="gov.ssn"][data-destination="Customer"]').getAttribute('data-status')).toBe('violation');
    const declared = svg.locator('path.edge-declared[data-category="contact.email"][data-destination="Customer"]');
    expect(await declared.getAttribute('stroke-dasharray')).toBe('5 4');
    expect(await svg.locator('path.edge[data-category="financial.card-number"][data-destination="Vault"]').getAttribute('data-status')).toBe('encrypted');
    expect(await svg.locator('path.edge[data-destination="Vault"][data-status="violation"]').count()).toBe(0);
    // The inventory lists each model's fields with their protection.
    expect(await page.locator('.model[data-model="Customer"] tbody tr').count()).toBe(2);
    expect(await page.locator('.model[data-model="Vault"] .badge').allTextContents()).toEqual(['encrypted', 'password-hash']);
    expect(await page.locator('#records-of-processing').textContent()).toContain('Customer: ssn (clear)');

    // Rows: every flow; the filter narrows them and the count follows.
    const rows = page.locator('#flow-table tbody tr');
    expect(await rows.count()).toBe(result.flows.length);
    await page.fill('#filter', 'posthog');
    await expect.poll(() => page.locator('#flow-table tbody tr:visible').count()).toBe(2);
    expect(await page.textContent('#shown-count')).toBe('2');
    await page.fill('#filter', '');
    await page.selectOption('#status-filter', 'violation');
    await expect.poll(() => page.locator('#flow-table tbody tr:visible').count()).toBe(result.flows.filter((f) => f.status === 'violation').length);
    await page.selectOption('#status-filter', '');

    // Escaped: the markup is text, nothing ran, nothing was fetched.
    expect(await page.locator('#flow-table').textContent()).toContain('<img src=x onerror=alert(1)>');
    expect(await page.locator('#flow-table img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    expect(requests.filter((url) => !url.startsWith('file:'))).toEqual([]);

    fs.mkdirSync(path.dirname(screenshot), { recursive: true });
    await page.screenshot({ path: screenshot, fullPage: true });
    expect(fs.statSync(screenshot).size).toBeGreaterThan(10_000);
    await context.close();
  });

  it('is one self-contained file: no external scripts, styles, images or fonts', () => {
    const html = fs.readFileSync(file, 'utf8');
    expect(html).not.toMatch(/<(script|link|img|iframe)[^>]+(src|href)=/i);
    expect(html).not.toMatch(/url\(/i);
    expect(html).toContain("default-src 'none'");
  });
});
