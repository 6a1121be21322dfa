// Automated accessibility checks (axe-core, WCAG 2 A/AA rules, colour contrast included) on the
// explorer's states a person meets: first view, an entity selected, a relation selected. One page
// goes through the three by link, as the checks need the whole page but not a fresh load each.
import { expect, test } from '@playwright/test';
import { axeCheck, heading, openExplorer } from './helpers';

const STATES = [
  { name: 'nothing selected', hash: '', heading: 'Nothing selected' },
  { name: 'an entity selected', hash: '#/entity/scott-bessent', heading: 'Scott Bessent' },
  { name: 'a relation selected', hash: '#/relation/rel-047', heading: /spoke by phone/ },
];

test('no WCAG A/AA violations with nothing, an entity or a relation selected', async ({ page }) => {
  await openExplorer(page);
  for (const state of STATES) {
    await page.evaluate((hash) => {
      window.location.hash = hash;
    }, state.hash);
    await expect(heading(page)).toHaveText(state.heading);
    const results = await axeCheck(page).analyze();
    const summary = results.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    );
    expect(results.passes.length, state.name).toBeGreaterThan(10);
    expect(summary, state.name).toEqual([]);
  }
});
