// Imports lose nothing, in the browser: a GEXF with self-loops keeps them (the counts, the Details
// panel listing the relation of the entity with itself, Export JSON holding it), a GraphML whose
// edges name undeclared nodes opens with those nodes created, and a nodes + edges CSV pair picked
// together opens as one graph; a broken CSV is refused with the row and column.
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import Graph from 'graphology';
import { details, expectNotice, heading, openExplorer } from './helpers';

const LOOPS_GEXF = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <graph defaultedgetype="directed">
    <nodes>
      <node id="ana" label="Ana Ruiz"><viz:position x="0" y="0"/></node>
      <node id="bo" label="Bo Li"><viz:position x="100" y="0"/></node>
      <node id="cy" label="Cy Ode"><viz:position x="0" y="100"/></node>
    </nodes>
    <edges>
      <edge id="ab" source="ana" target="bo" kind="call" label="called"/>
      <edge id="aa" source="ana" target="ana" kind="statement" label="quoted"/>
      <edge id="bc" source="bo" target="cy" kind="meeting" label="met"/>
      <edge id="cc" source="cy" target="cy" type="undirected" kind="statement" label="noted"/>
    </edges>
  </graph>
</gexf>`;

const MISSING_GRAPHML = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <graph edgedefault="directed">
    <node id="0"/>
    <node id="1"/>
    <edge id="e0" source="0" target="2"/>
    <edge id="e1" source="3" target="1"/>
    <edge id="e2" source="0" target="1"/>
  </graph>
</graphml>`;

const graphName = (page: Page) => page.locator('[aria-label^="Graph of"]').first();

async function pick(page: Page, files: { name: string; text: string; mimeType?: string }[]) {
  await page.getByLabel('Import file').setInputFiles(
    files.map((f) => ({
      name: f.name,
      mimeType: f.mimeType ?? 'application/xml',
      buffer: Buffer.from(f.text),
    })),
  );
}

test('a GEXF with self-loops keeps them (counts, Details, Export JSON); a GraphML naming undeclared nodes opens with them created', async ({
  page,
}) => {
  await openExplorer(page);
  await pick(page, [{ name: 'loops.gexf', text: LOOPS_GEXF }]);
  await expectNotice(page, 'Imported 3 entities and 4 relations from loops.gexf');
  await expect(graphName(page)).toHaveAttribute(
    'aria-label',
    'Graph of 3 entities and 4 relations',
  );
  // each change stays on screen, in a disclosure, after the notice has gone
  const changes = page.getByRole('region', { name: 'What importing loops.gexf changed' });
  await changes.getByText(/^What importing loops\.gexf changed \(\d+\)$/).click();
  await expect(
    changes.getByRole('listitem').filter({ hasText: /of an entity with itself/ }),
  ).toBeVisible();

  await page.evaluate(() => {
    window.location.hash = '#/entity/ana';
  });
  await expect(heading(page)).toHaveText('Ana Ruiz');
  // The relation of Ana with herself is listed beside her call to Bo.
  await expect(
    details(page).getByRole('button', { name: 'Open relation: quoted Ana Ruiz' }),
  ).toBeVisible();
  await expect(
    details(page).getByRole('button', { name: 'Open relation: called Bo Li' }),
  ).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /^Export graph/ }).click();
  const text = readFileSync((await (await download).path()) ?? '', 'utf8');
  const document = JSON.parse(text);
  expect(document.options.allowSelfLoops).toBe(true);
  const exported = Graph.from(document);
  expect([exported.order, exported.size, exported.selfLoopCount]).toEqual([3, 4, 2]);
  expect(exported.isUndirected('cc')).toBe(true);

  // a GraphML naming undeclared nodes opens with them created
  await pick(page, [{ name: 'missing_nodes.graphml', text: MISSING_GRAPHML }]);
  await expectNotice(page, 'Imported 4 entities and 3 relations from missing_nodes.graphml');
  await expect(page.getByRole('alert')).toBeHidden();
  await page.evaluate(() => {
    window.location.hash = '#/entity/2';
  });
  await expect(heading(page)).toHaveText('2');
  await expect(details(page)).toContainText('unknown');
});

test('a nodes CSV and an edges CSV picked together open as one graph; a broken CSV is refused with its row and column', async ({
  page,
}) => {
  await openExplorer(page);
  await pick(page, [
    {
      name: 'talks-nodes.csv',
      mimeType: 'text/csv',
      text: 'Id;Label;Type\r\nana;Ana Ruiz;person\r\nbo;"Bo ""the envoy"" Li";person\r\n',
    },
    {
      name: 'talks-edges.csv',
      mimeType: 'text/csv',
      text: 'Source;Target;Type;Label\r\nana;bo;Directed;called\r\nbo;bo;Undirected;noted\r\n',
    },
  ]);
  await expectNotice(
    page,
    'Imported 2 entities and 2 relations from talks-nodes.csv and talks-edges.csv',
  );
  await expect(graphName(page)).toHaveAttribute(
    'aria-label',
    'Graph of 2 entities and 2 relations',
  );
  await page.evaluate(() => {
    window.location.hash = '#/entity/bo';
  });
  await expect(heading(page)).toHaveText('Bo "the envoy" Li');

  // a broken CSV is refused with its row and column, and the graph stays
  const before = await graphName(page).getAttribute('aria-label');
  await pick(page, [
    { name: 'broken.csv', mimeType: 'text/csv', text: 'source,target,date\na,b,2025-13-40\n' },
  ]);
  await expect(page.getByRole('alert')).toContainText('broken.csv: row 2, column "date":');
  await expect(graphName(page)).toHaveAttribute('aria-label', before ?? '');
});
