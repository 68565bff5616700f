// The i18n catalogue and its use: every key the code asks for exists in English, every placeholder is
// well-formed, and the converted components carry no bare English text of their own.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { t } from '../../src/i18n';

const ROOT = join(__dirname, '../..');
const SRC = join(ROOT, 'src');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

// The i18n module itself is left out: its comments show `t('key', …)` as an example.
const sources = walk(SRC).filter((p) => /\.(ts|svelte)$/.test(p) && !p.startsWith(join(SRC, 'i18n')));

// `t('key'` as a call of its own, not the end of another name (`select('…')`, `x.t('…')`).
const KEY_USE = /(?<![\w$.])t\('([a-zA-Z0-9_.-]+)'/g;

describe('i18n keys', () => {
  it('every t() key used under src/ exists in the English catalogue', () => {
    const used = new Map<string, string>();
    for (const file of sources)
      for (const m of readFileSync(file, 'utf8').matchAll(KEY_USE)) used.set(m[1]!, relative(ROOT, file));
    expect(used.size).toBeGreaterThan(100);
    const missing = [...used].filter(([key]) => !(key in en)).map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });

  it('every placeholder in the English texts is a well-formed {name}', () => {
    const bad: string[] = [];
    for (const [key, text] of Object.entries(en)) {
      // Remove the well-formed placeholders; no brace may remain.
      if (/[{}]/.test(text.replace(/\{[A-Za-z][A-Za-z0-9]*\}/g, ''))) bad.push(`${key}: ${text}`);
    }
    expect(bad).toEqual([]);
  });

  it('t() fills the placeholders and leaves unknown ones visible', () => {
    expect(t('bank.confirm', { count: 2 })).toBe('Confirm 2 matches');
    expect(t('import.write', { count: '4' })).toBe('Import 4 rows');
    expect(t('grid.searchLabel', { label: 'Invoices' })).toBe('Search Invoices');
    expect(t('import.fieldFor', {})).toBe('Field for column {column}');
  });
});

// ---- Bare-text heuristic ------------------------------------------------------------------------
// Markup is reduced to what a person reads: <script>/<style> blocks, comments and every {…}
// expression (t() calls, data) go; what remains between tags, and in the attributes people read
// (aria-label, title, placeholder, alt, label), must hold no word of 3+ letters. Symbols such as
// ×, ↗, —, Σ, ·, +, % and ▲ contain no letters and pass without an allowlist.

/** Texts that may stay in markup: codes that are not language (none needed today). */
const ALLOWED_WORDS = new Set<string>([]);

const VISIBLE_ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt', 'label'];

function stripExpressions(markup: string): string {
  let out = '';
  let depth = 0;
  for (const ch of markup) {
    if (ch === '{') depth++;
    else if (ch === '}' && depth > 0) depth--;
    else if (depth === 0) out += ch;
  }
  return out;
}

/** The English words a person would read in a component's markup. */
export function bareWords(source: string): string[] {
  let markup = source
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ');
  markup = stripExpressions(markup);
  const texts: string[] = [];
  for (const tag of markup.match(/<[^>]*>/g) ?? [])
    for (const attr of VISIBLE_ATTRIBUTES) {
      const m = new RegExp(`\\s${attr}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
      if (m) texts.push(m[1] ?? m[2] ?? '');
    }
  texts.push(markup.replace(/<[^>]*>/g, ' '));
  return texts
    .join(' ')
    .replace(/&[a-z]+;|&#\d+;/gi, ' ')
    .split(/[^\p{L}]+/u)
    .filter((w) => [...w].length >= 3 && !ALLOWED_WORDS.has(w));
}

const CONVERTED = [
  'src/App.svelte',
  ...readdirSync(join(SRC, 'ui/pages'))
    .filter((f) => f.endsWith('.svelte'))
    .map((f) => `src/ui/pages/${f}`),
  'src/ui/import/FileSession.svelte',
  'src/ui/import/ImportPage.svelte',
  'src/ui/import/ImportHistory.svelte',
  ...readdirSync(join(SRC, 'ui/components'))
    .filter((f) => f.endsWith('.svelte'))
    .map((f) => `src/ui/components/${f}`),
  ...readdirSync(join(SRC, 'ui/grid'))
    .filter((f) => f.endsWith('.svelte'))
    .map((f) => `src/ui/grid/${f}`),
];

describe('no bare interface text', () => {
  it('the heuristic catches text nodes and readable attributes, and ignores code and symbols', () => {
    expect(bareWords('<p>Hello world</p>')).toEqual(['Hello', 'world']);
    expect(bareWords('<button aria-label="Close it">×</button>')).toEqual(['Close']);
    expect(bareWords('<input placeholder="Search" />')).toEqual(['Search']);
    expect(bareWords('<p>{count} rows</p>')).toEqual(['rows']);
    expect(
      bareWords(
        `<script lang="ts">const x = 'Hello';</script>
         <div class="card toolbar" data-testid="hello-world" role="status">
           {#if ok}{t('a.b', { n: { deep: 1 } })} · Σ ↗ — ×{:else}{x}{/if}
           <input aria-label={t('a.c')} type="checkbox" />
         </div>
         <style>.card { color: red; }</style>`,
      ),
    ).toEqual([]);
  });

  it.each(CONVERTED)('%s has no bare English text', (file) => {
    expect(bareWords(readFileSync(join(ROOT, file), 'utf8'))).toEqual([]);
  });
});
