import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultDataDir, loadStory, StoryDataError } from '../../src/story/load.js';

const dirs: string[] = [];
function copyOfData(): string {
  const dir = mkdtempSync(join(tmpdir(), 'xen-news-data-'));
  cpSync(defaultDataDir, dir, { recursive: true });
  dirs.push(dir);
  return dir;
}
// biome-ignore lint/suspicious/noExplicitAny: the tests break arbitrary parts of the JSON on purpose.
function edit(dir: string, file: string, change: (json: any) => void) {
  const path = join(dir, file);
  const json = JSON.parse(readFileSync(path, 'utf8'));
  change(json);
  writeFileSync(path, JSON.stringify(json));
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('loadStory', () => {
  it('loads the shipped data with every part of the story', () => {
    const story = loadStory();
    expect(story.meta.headline).toBe("Xen Project's plan after AWS goes KVM: Talk up embedded future");
    expect(story.meta.update.date).toBe('November 24');
    expect(story.people.map((p) => p.name)).toEqual(
      expect.arrayContaining(['Chris Schlaeger', 'James Bulpin', 'David Cottingham', 'Michael Warrilow']),
    );
    expect(story.related).toHaveLength(3);
    expect(story.timeline.map((e) => e.order)).toEqual([...story.timeline.map((e) => e.order)].sort((a, b) => a - b));
    expect(story.templates.filter((t) => t.default)).toHaveLength(1);
  });

  it('names the file, the JSON path and the problem when a value breaks the schema', () => {
    const dir = copyOfData();
    edit(dir, 'quotes.json', (json) => {
      json.quotes[2].text = '';
    });
    expect(() => loadStory(dir)).toThrowError(/^data\/quotes\.json: \$\.quotes\[2\]\.text: must not be empty/);
  });

  it('refuses a quote whose speaker does not exist', () => {
    const dir = copyOfData();
    edit(dir, 'quotes.json', (json) => {
      json.quotes[0].speaker = 'nobody-at-all';
    });
    expect(() => loadStory(dir)).toThrowError(/data\/quotes\.json: \$\.quotes\[0\]\.speaker: unknown person "nobody-at-all"/);
  });

  it('refuses a reference to a paragraph that does not exist', () => {
    const dir = copyOfData();
    edit(dir, 'timeline.json', (json) => {
      json.events[1].paragraphs = [999];
    });
    expect(() => loadStory(dir)).toThrowError(/timeline\.json: \$\.events\[1\]\.paragraphs\[0\]: unknown paragraph 999/);
  });

  it('refuses more share templates than a command option has choices (25)', () => {
    const dir = copyOfData();
    edit(dir, 'social.json', (json) => {
      const [first] = json.templates;
      json.templates = Array.from({ length: 26 }, (_, i) => ({ ...first, id: `template-${i}`, default: i === 0 }));
    });
    expect(() => loadStory(dir)).toThrowError(/data\/social\.json: \$\.templates: .*25/);
  });

  it('refuses duplicate ids', () => {
    const dir = copyOfData();
    edit(dir, 'people.json', (json) => {
      json.people[1].id = json.people[0].id;
    });
    expect(() => loadStory(dir)).toThrowError(/people\.json: \$\.people\[1\]\.id: duplicate id/);
  });

  it('reports a file that is not JSON, and one that is missing', () => {
    const dir = copyOfData();
    writeFileSync(join(dir, 'claims.json'), '{ not json');
    expect(() => loadStory(dir)).toThrowError(/^data\/claims\.json: is not valid JSON/);
    rmSync(join(dir, 'claims.json'));
    expect(() => loadStory(dir)).toThrowError(StoryDataError);
    expect(() => loadStory(dir)).toThrowError(/^data\/claims\.json: cannot be read \(ENOENT\)/);
  });
});
