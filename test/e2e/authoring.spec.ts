// Writing the story by hand, as a person does it: a new story from nothing, a source kept, two
// entities, a relation quoted from a selection in the article viewer; kept across a reload and
// undoable. A relation edited then filtered by its new kind, an entity deleted then restored,
// a proposal corrected before it is accepted, every form by keyboard alone, and axe on the forms.
// The article text is invented.
import { expect, type Page, test } from '@playwright/test';
import {
  axeCheck,
  details,
  heading,
  nodePosition,
  openExplorer,
  proposalsPanel,
  savedInBrowser,
  searchBox,
} from './helpers';

const ARTICLE = [
  'Portmoor talks end with a handshake',
  'Ministers of Avel and Brenland met in Portmoor on 3 March.',
  'Later, Ona Vesk spoke by phone with Ivo Marr about the harbour.',
].join('\n');

// each scenario opens the explorer (slow on a loaded machine) and then runs several commands
test.describe.configure({ timeout: 120_000 });

const graphName = (page: Page) => page.locator('#graph');
const dialog = (page: Page, name: string) => page.getByRole('dialog', { name });

async function newStory(page: Page, title: string) {
  await page.getByRole('button', { name: 'New story…' }).click();
  const d = dialog(page, 'New story');
  await d.getByRole('textbox', { name: 'Story title' }).fill(title);
  await d.getByRole('button', { name: 'Create story' }).click();
  await expect(d).toBeHidden();
  await expect(graphName(page)).toHaveAttribute(
    'aria-label',
    'Graph of 0 entities and 0 relations',
  );
  // the timeline says it has nothing dated, in view (not below the last story's empty chart)
  await expect(
    page.getByRole('region', { name: 'Timeline' }).getByText('No dated relations in this graph.'),
  ).toBeInViewport({ ratio: 1 });
  // the stage and the Details panel say how to begin
  await expect(page.locator('#stage-empty')).toContainText('This story has no entities yet.');
  await expect(details(page)).toContainText('No entities yet. Add entity writes one by hand');
}

async function addEntity(page: Page, label: string, kind: string) {
  const d = dialog(page, 'Add entity');
  if (!(await d.isVisible())) await page.getByRole('button', { name: 'Add entity' }).click();
  await d.getByRole('textbox', { name: 'Label' }).fill(label);
  await d.getByRole('combobox', { name: 'Kind' }).selectOption(kind);
  await d.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(d.getByRole('status')).toHaveText(`Added ${label} (${kind}).`);
}

test('a story written from nothing: source, entities, a relation quoted from a selection', async ({
  page,
}) => {
  await openExplorer(page);
  await newStory(page, 'The Portmoor talks');
  await expect(page.getByRole('region', { name: 'Workspaces' })).toContainText(
    'The Portmoor talks',
  );

  await page.getByRole('button', { name: 'Add source…' }).click();
  const source = dialog(page, 'Add source');
  await source.getByRole('textbox', { name: 'Article text' }).fill(ARTICLE);
  await expect(source.getByRole('textbox', { name: 'Title' })).toHaveValue(
    'Portmoor talks end with a handshake',
  );
  await source.getByRole('textbox', { name: 'Publisher' }).fill('The Invented Herald');
  await source.getByRole('textbox', { name: 'URL' }).fill('https://example.org/portmoor');
  await source.getByLabel('Publication date').fill('2025-03-04');
  await source.getByRole('button', { name: 'Add source' }).click();
  // the kept text opens in the viewer, to quote from; back to the page for the entities first
  const viewer = dialog(page, 'Portmoor talks end with a handshake');
  await expect(viewer).toBeVisible();
  await viewer.getByRole('button', { name: 'Back' }).click();

  await addEntity(page, 'Ona Vesk', 'person');
  await addEntity(page, 'Ivo Marr', 'person');
  await page.keyboard.press('Escape');
  await expect(graphName(page)).toHaveAttribute(
    'aria-label',
    'Graph of 2 entities and 0 relations',
  );
  await expect(page.locator('#stage-empty')).toBeHidden();
  // a story's first entities stay in view together while the last one added is selected
  const stage = await page.locator('#graph').boundingBox();
  if (!stage) throw new Error('no graph box');
  for (const id of ['ona-vesk', 'ivo-marr']) {
    const at = await nodePosition(page, id);
    expect(at.x - stage.x, `${id} from the left`).toBeGreaterThan(0);
    expect(stage.x + stage.width - at.x, `${id} from the right`).toBeGreaterThan(0);
    expect(at.y - stage.y, `${id} from the top`).toBeGreaterThan(0);
    expect(stage.y + stage.height - at.y, `${id} from the bottom`).toBeGreaterThan(0);
  }

  // the source, read again from Tools → Workspace, then a sentence selected in it
  await page
    .getByRole('button', { name: 'Read Portmoor talks end with a handshake' })
    .dispatchEvent('click');
  await viewer.getByText('Later, Ona Vesk spoke').click({ clickCount: 3 });
  await viewer.getByRole('button', { name: 'Add relation from selection' }).click();
  const form = page.getByRole('form', { name: 'Add relation' });
  await expect(form.getByRole('textbox', { name: 'Evidence' })).toHaveValue(
    'Later, Ona Vesk spoke by phone with Ivo Marr about the harbour.',
  );
  await form.getByRole('combobox', { name: 'From' }).selectOption({ label: 'Ona Vesk (person)' });
  await form
    .getByRole('combobox', { name: 'To', exact: true })
    .selectOption({ label: 'Ivo Marr (person)' });
  await form.getByRole('combobox', { name: 'Kind' }).selectOption('call');
  await expect(form.getByRole('textbox', { name: 'Label' })).toHaveValue('held a call with');
  await form.getByRole('textbox', { name: 'Date' }).fill('2025-03');
  await form.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(heading(page)).toHaveText('Ona Vesk held a call with Ivo Marr');

  await savedInBrowser(page);
  await page.reload();
  // a reload starts the page from nothing, which takes long on a loaded machine
  await expect(heading(page)).toHaveText('Ona Vesk held a call with Ivo Marr', { timeout: 60_000 });
  await expect(page.locator('#dataset-title')).toHaveText('The Portmoor talks');
  await expect(graphName(page)).toHaveAttribute(
    'aria-label',
    'Graph of 2 entities and 1 relations',
  );
  await expect(
    page.getByRole('button', { name: 'Show in article: Portmoor talks end with a handshake' }),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(graphName(page)).toHaveAttribute(
    'aria-label',
    'Graph of 2 entities and 0 relations',
  );
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(graphName(page)).toHaveAttribute(
    'aria-label',
    'Graph of 2 entities and 1 relations',
  );
});

test('a relation edited to another kind is found by that kind in the filters', async ({ page }) => {
  await openExplorer(page, '#/relation/rel-047');
  await expect(heading(page)).toHaveText(/spoke by phone with/);
  // by keyboard: the tone follows the kind until the person sets it; then it stays
  await page.getByRole('button', { name: 'Edit relation' }).focus();
  await page.keyboard.press('Enter');
  const form = page.getByRole('form', { name: 'Edit relation' });
  const kind = form.getByRole('combobox', { name: 'Kind' });
  const tone = form.getByRole('combobox', { name: 'Tone' });
  await expect(kind).toBeFocused();
  await expect(tone).toHaveValue('verbal-cooperation');
  await page.keyboard.type('crit');
  await expect(kind).toHaveValue('criticism');
  await expect(tone).toHaveValue('verbal-conflict');
  for (const _ of ['Directed', 'Date', 'Approximate', 'Tone']) await page.keyboard.press('Tab');
  await expect(tone).toBeFocused();
  await page.keyboard.type('n');
  await expect(tone).toHaveValue('');
  for (const _ of ['Approximate', 'Date', 'Directed', 'Kind'])
    await page.keyboard.press('Shift+Tab');
  await page.keyboard.type('talks');
  await expect(kind).toHaveValue('talks');
  await expect(tone).toHaveValue('');
  const label = form.getByRole('textbox', { name: 'Label' });
  await expect(label).toHaveValue('spoke by phone with');
  await label.fill('held talks with');
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText(/held talks with/);
  await expect(details(page)).not.toContainText('verbal cooperation');

  const filters = page.getByRole('group', { name: 'Filters' });
  await expect(filters).toContainText('Showing 84 of 84 entities and 181 of 181 relations.');
  await filters.getByRole('checkbox', { name: 'talks', exact: true }).uncheck();
  await expect(filters).toContainText('181 of 181 relations'.replace('181 of', '179 of'));
});

/** An invented article: a known person calls a new one. */
const CALL_ARTICLE = `Envoy call reported
Treasury Secretary Scott Bessent held a call with Mira Castell, the chief trade envoy of Norland, on Monday, officials said.
`;

test('a proposal corrected before it is accepted joins the graph as corrected', async ({
  page,
}) => {
  await openExplorer(page);
  await page.getByRole('button', { name: 'Add article…' }).click();
  const add = dialog(page, 'Add an article');
  await add.getByRole('textbox', { name: 'Article text' }).fill(CALL_ARTICLE);
  await add.getByRole('button', { name: 'Read article' }).click();
  const proposal = 'Scott Bessent held a call with Mira Castell';
  const panel = proposalsPanel(page);
  await expect(panel.getByRole('button', { name: `Accept: ${proposal}` })).toBeVisible({
    timeout: 60_000,
  });
  await panel.getByRole('button', { name: `Edit: ${proposal}` }).click();
  const fix = page.getByRole('form', { name: `Edit: ${proposal}` });
  await fix.getByRole('combobox', { name: 'Kind' }).selectOption('talks');
  await fix.getByRole('button', { name: 'Save correction' }).click();
  await expect(panel).toContainText('Corrected: kind talks');
  await panel.getByRole('button', { name: `Accept: ${proposal}` }).click();
  await expect(panel).toContainText(`Accepted ${proposal} as corrected.`);
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveAccessibleDescription(
    `Undo: Accept as corrected: ${proposal}`,
  );
  // the reader's rule for that call: none accepted as it was, one corrected, none rejected
  const stats = page.getByRole('region', { name: 'Reader statistics' });
  await expect(stats.getByRole('row').filter({ hasText: /010$/ })).toHaveCount(1);
});

test('a proposed entity renamed before it is accepted joins the graph under its new name', async ({
  page,
}) => {
  await openExplorer(page);
  await page.getByRole('button', { name: 'Add article…' }).click();
  const add = dialog(page, 'Add an article');
  await add.getByRole('textbox', { name: 'Article text' }).fill(CALL_ARTICLE);
  await add.getByRole('button', { name: 'Read article' }).click();
  const panel = proposalsPanel(page);
  const entity = 'Mira Castell (new person)';
  await expect(panel.getByRole('button', { name: `Edit: ${entity}` })).toBeVisible({
    timeout: 60_000,
  });
  await panel.getByRole('button', { name: `Edit: ${entity}` }).click();
  const fix = page.getByRole('form', { name: `Edit: ${entity}` });
  // a label another entity carries is refused in the form, nothing kept
  await fix.getByRole('textbox', { name: 'Label' }).fill('He Lifeng');
  await fix.getByRole('button', { name: 'Save correction' }).click();
  await expect(fix).toContainText('Not kept: the label “He Lifeng” is already used by He Lifeng.');
  await fix.getByRole('textbox', { name: 'Label' }).fill('Mira A. Castell');
  await fix.getByRole('button', { name: 'Save correction' }).click();
  await expect(fix).toBeHidden();
  await expect(panel).toContainText('Corrected: label Mira A. Castell');
  // a saved correction is kept with the workspace: a reload loses none
  await savedInBrowser(page);
  await page.reload();
  await expect(panel).toContainText('Corrected: label Mira A. Castell', { timeout: 60_000 });
  // accepting the call brings the person with it, as corrected
  const call = 'Scott Bessent held a call with Mira Castell';
  const counts = await graphName(page).getAttribute('aria-label');
  await panel.getByRole('button', { name: `Accept: ${call}` }).click();
  await expect(panel).toContainText(`Accepted ${call}.`);
  await searchBox(page).fill('Mira Castell');
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Mira A. Castell');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(graphName(page)).toHaveAttribute('aria-label', counts ?? '');
  await expect(panel.getByRole('button', { name: `Accept: ${entity}` })).toBeVisible();
});

test('an entity deleted with its relations, after a confirmation, comes back with Undo', async ({
  page,
}) => {
  await openExplorer(page, '#/entity/us-treasury');
  await expect(heading(page)).toHaveText('US Treasury');
  await page.getByRole('button', { name: 'Delete entity' }).click();
  const confirm = dialog(page, 'Delete US Treasury?');
  await expect(confirm).toContainText(
    /^Delete US Treasury\?\d+ relations go with it, and \d+ roles? held at it/,
  );
  await confirm.getByRole('button', { name: 'Delete US Treasury' }).click();
  await expect(heading(page)).toBeFocused();
  await expect(graphName(page)).toHaveAttribute(
    'aria-label',
    /^Graph of 83 entities and 1\d\d relations$/,
  );
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(graphName(page)).toHaveAttribute(
    'aria-label',
    'Graph of 84 entities and 181 relations',
  );
});

test('the forms work by keyboard alone, show refusals in the form, and Escape closes them', async ({
  page,
}) => {
  await openExplorer(page);
  const opener = page.getByRole('button', { name: 'Add entity' });
  await opener.focus();
  await page.keyboard.press('Enter');
  const d = dialog(page, 'Add entity');
  await expect(d.getByRole('textbox', { name: 'Label' })).toBeFocused();
  await page.keyboard.type('Scott Bessent');
  await page.keyboard.press('Enter');
  await expect(d.getByRole('alert')).toHaveText(
    'Not added: the label “Scott Bessent” is already used by Scott Bessent.',
  );
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Ivo Marr');
  await page.keyboard.press('Tab');
  await expect(d.getByRole('combobox', { name: 'Kind' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(d.getByRole('textbox', { name: 'Aliases' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(d.getByRole('status')).toHaveText('Added Ivo Marr (person).');
  await page.keyboard.type('Ona Vesk');
  await page.keyboard.press('Enter');
  await expect(d.getByRole('status')).toHaveText('Added Ona Vesk (person).');
  await page.keyboard.press('Escape');
  await expect(d).toBeHidden();
  await expect(opener).toBeFocused();
  await expect(graphName(page)).toHaveAttribute(
    'aria-label',
    'Graph of 86 entities and 181 relations',
  );

  // a source kept by keyboard opens in the viewer with focus in its text
  await page.getByRole('button', { name: 'Add source…' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Article text' })).toBeFocused();
  await page.keyboard.insertText(ARTICLE);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Title' })).toBeFocused();
  await page.keyboard.press('Enter');
  const viewer = dialog(page, 'Portmoor talks end with a handshake');
  const text = viewer.getByRole('region', { name: 'Text to quote' });
  await expect(text).toBeFocused();

  // a sentence chosen with the arrows, its first word left out, then its action by Tab
  const selected = viewer.getByText(/^Selected: /);
  for (const key of ['ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowUp', 'ArrowDown'])
    await page.keyboard.press(key);
  await expect(selected).toHaveText(
    'Selected: “Later, Ona Vesk spoke by phone with Ivo Marr about the harbour.”',
  );
  await page.keyboard.press('Alt+Shift+ArrowRight');
  await expect(selected).toHaveText(
    'Selected: “Ona Vesk spoke by phone with Ivo Marr about the harbour.”',
  );
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(selected).toHaveText(
    /^Selected: “Ona Vesk spoke by phone with Ivo Marr about the”$/,
  );
  await page.keyboard.press('Tab');
  await expect(viewer.getByRole('button', { name: 'Add relation from selection' })).toBeFocused();
  await page.keyboard.press('Enter');

  // the Add relation form by keyboard: its ends and kind typed, its tone with the arrows
  const form = page.getByRole('form', { name: 'Add relation' });
  await expect(form.getByRole('textbox', { name: 'Evidence' })).toHaveValue(
    'Ona Vesk spoke by phone with Ivo Marr about the',
  );
  await expect(form.getByRole('combobox', { name: 'From' })).toBeFocused();
  await page.keyboard.type('Ona');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Ivo');
  await page.keyboard.press('Tab');
  await page.keyboard.type('ca');
  await expect(form.getByRole('combobox', { name: 'Kind' })).toHaveValue('call');
  for (const _ of ['Directed', 'Date', 'Approximate', 'Tone']) await page.keyboard.press('Tab');
  const tone = form.getByRole('group', { name: 'Tone' });
  await expect(tone.getByRole('radio', { name: 'verbal cooperation' })).toBeFocused();
  await expect(tone.getByRole('radio', { name: 'verbal conflict' })).toBeDisabled();
  await page.keyboard.press('ArrowLeft');
  await expect(tone.getByRole('radio', { name: 'none' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(form.getByRole('textbox', { name: 'Label' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Ona Vesk held a call with Ivo Marr');
  await expect(details(page)).not.toContainText('verbal cooperation');

  // from the quote in context, another sentence becomes the same relation's evidence
  await details(page)
    .getByRole('button', { name: 'Show in article: Portmoor talks end with a handshake' })
    .focus();
  await page.keyboard.press('Enter');
  await expect(viewer.getByRole('button', { name: 'Back to the relation' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(text).toBeFocused();
  await page.keyboard.press('ArrowUp'); // the marked sentence
  await page.keyboard.press('ArrowUp');
  await expect(selected).toHaveText(
    'Selected: “Ministers of Avel and Brenland met in Portmoor on 3 March.”',
  );
  await page.keyboard.press('Shift+ArrowDown'); // and the next, a space between them
  await expect(selected).toHaveText(
    /^Selected: “Ministers of Avel and Brenland met in Portmoor on 3 March\. Later, Ona Vesk /,
  );
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(viewer.getByRole('button', { name: 'Add as evidence…' })).toBeFocused();
  await page.keyboard.press('Enter');
  const evidence = page.getByRole('form', { name: 'Add as evidence' });
  await expect(evidence.getByRole('combobox', { name: 'Relation' })).toBeFocused();
  await page.keyboard.type('Ona');
  await page.keyboard.press('Enter');
  await expect(evidence).toBeHidden();
  await expect(details(page)).toContainText(
    'Ministers of Avel and Brenland met in Portmoor on 3 March. Later, Ona Vesk spoke',
  );
});

test('axe finds nothing in the Add relation and Add source forms, the viewer and the Story menu', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await openExplorer(page, '#/entity/scott-bessent');
  await page.getByRole('button', { name: 'Add relation' }).click();
  await expect(page.getByRole('form', { name: 'Add relation' })).toBeVisible();
  // each check reads the part of the page it opened; the whole page is checked in
  // accessibility.spec.ts
  const scoped = (selector: string) => axeCheck(page).include(selector).analyze();
  const first = await scoped('dialog[open]');
  expect(first.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  expect(first.passes.length).toBeGreaterThan(5);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Add source…' }).click();
  const source = dialog(page, 'Add source');
  await expect(source).toBeVisible();
  const second = await scoped('dialog[open]');
  expect(second.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  // the article viewer with a sentence selected by keyboard, and its actions shown
  await source.getByRole('textbox', { name: 'Article text' }).fill(ARTICLE);
  await source.getByRole('button', { name: 'Add source' }).click();
  const viewer = dialog(page, 'Portmoor talks end with a handshake');
  await expect(viewer.getByRole('region', { name: 'Text to quote' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(viewer.getByRole('button', { name: 'Add as evidence…' })).toBeVisible();
  const third = await scoped('dialog[open]');
  expect(third.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(viewer).toBeHidden();

  // the Story menu that holds the story's buttons on a narrow screen
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole('button', { name: 'Story', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Add entity' })).toBeVisible();
  const fourth = await scoped('header');
  expect(fourth.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

/** An invented summit report: two leaders, their delegations, one event. */
const SUMMIT = [
  'Leaders of Avel and Brenland meet at Portmoor',
  'President Ona Vesk of Avel and Prime Minister Ivo Marr of Brenland met at the Portmoor summit on 30 October.',
  'The Avel delegation and the Brenland delegation joined the talks at the Portmoor summit.',
].join('\n');

test('a summit written by hand from a pasted article, counted in actions', async ({ page }) => {
  test.setTimeout(300_000);
  // an action: a click, or a key pressed outside the text typed (Tab, Enter, Escape, a key that
  // picks an option in a list); typing a name or pasting the article counts once
  let actions = 0;
  const act = async <T>(step: Promise<T>, count = 1) => {
    actions += count;
    return step;
  };
  const press = (key: string) => act(page.keyboard.press(key));
  await openExplorer(page);
  await newStory(page, 'Portmoor summit');

  await act(page.getByRole('button', { name: 'Add source…' }).click());
  await act(page.getByRole('textbox', { name: 'Article text' }).fill(SUMMIT));
  await act(page.getByRole('button', { name: 'Add source', exact: true }).click());
  const viewer = dialog(page, 'Leaders of Avel and Brenland meet at Portmoor');
  await act(viewer.getByRole('button', { name: 'Back' }).click());

  await act(page.getByRole('button', { name: 'Add entity' }).click());
  const entities = dialog(page, 'Add entity');
  const added = (label: string) => expect(entities.getByRole('status')).toContainText(label);
  for (const [label, kindKey] of [
    ['Ona Vesk', null],
    ['Ivo Marr', null],
    ['Avel delegation', 'o'],
    ['Brenland delegation', null],
    ['Portmoor summit', 'e'],
  ] as const) {
    await page.keyboard.type(label);
    if (kindKey) {
      await press('Tab');
      await press(kindKey);
    }
    await press('Enter');
    await added(label);
  }
  await press('Escape');
  await expect(graphName(page)).toHaveAttribute(
    'aria-label',
    'Graph of 5 entities and 0 relations',
  );

  const sentences = SUMMIT.split('\n');
  for (const [sentence, fromKey, kindKeys] of [
    [sentences[1], 'o', 'pa'],
    [sentences[1], 'i', null],
    [sentences[2], 'a', null],
    [sentences[2], 'b', null],
  ] as const) {
    await act(page.getByRole('button', { name: `Read ${sentences[0]}` }).click());
    await act(viewer.getByText(sentence as string).click({ clickCount: 3 }));
    await act(viewer.getByRole('button', { name: 'Add relation from selection' }).click());
    const form = page.getByRole('form', { name: 'Add relation' });
    await expect(form.getByRole('combobox', { name: 'From' })).toBeFocused();
    await press(fromKey);
    await press('Tab');
    await press('p');
    if (kindKeys) {
      await press('Tab');
      await act(page.keyboard.type(kindKeys), kindKeys.length);
      await expect(form.getByRole('combobox', { name: 'Kind' })).toHaveValue('participant');
    }
    await press('Enter');
    await expect(form).toBeHidden();
  }
  await expect(graphName(page)).toHaveAttribute(
    'aria-label',
    'Graph of 5 entities and 4 relations',
  );
  await expect(heading(page)).toHaveText('Brenland delegation took part in Portmoor summit');
  test.info().annotations.push({ type: 'actions', description: String(actions) });
  console.log(`summit by hand: ${actions} actions`);
  expect(actions).toBeLessThanOrEqual(50);
});
