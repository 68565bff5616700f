// Small key-value settings: the company profile, view preferences, remembered column mappings,
// the time of the last backup. Each has a typed accessor so a key is spelled in one place only.
// Every saved value is parsed defensively: a corrupt one falls back to the default, field by field,
// instead of breaking the page that reads it.
import * as v from 'valibot';
import type { CompanyProfile, Language } from '../domain/types';
import { company as companySchema } from './records';
import type { OverdueDb } from './schema';

export const EMPTY_COMPANY: CompanyProfile = {
  name: '',
  address: '',
  taxId: '',
  iban: '',
  bic: '',
  email: '',
  phone: '',
  baseCurrency: 'EUR',
  country: 'IT',
  language: 'en',
};

export async function getSetting<T>(db: OverdueDb, key: string, fallback: T): Promise<T> {
  const row = await db.settings.get(key);
  return row === undefined ? fallback : (row.value as T);
}

export async function setSetting(db: OverdueDb, key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A stored company profile, each field kept only if it is valid (a remote logo URL is dropped). */
export function parseCompany(value: unknown): CompanyProfile {
  const out: CompanyProfile = { ...EMPTY_COMPANY };
  if (!isRecord(value)) return out;
  for (const [key, schema] of Object.entries(companySchema.entries)) {
    const field = value[key];
    if (field !== undefined && v.is(schema, field)) (out as unknown as Record<string, unknown>)[key] = field;
  }
  return out;
}

export async function getCompany(db: OverdueDb): Promise<CompanyProfile> {
  return parseCompany(await getSetting<unknown>(db, 'company', {}));
}

export async function setCompany(db: OverdueDb, company: CompanyProfile): Promise<void> {
  await setSetting(db, 'company', company);
}

/** A column mapping remembered for a file layout: its kind and field → column index. */
export interface RememberedMapping<K extends string = string> {
  kind: K;
  fields: Record<string, number>;
}

/** A remembered mapping if it has the right shape and a known kind; null otherwise. */
export function parseMapping<K extends string>(
  value: unknown,
  kinds: readonly K[],
): RememberedMapping<K> | null {
  if (!isRecord(value) || !kinds.includes(value.kind as K) || !isRecord(value.fields)) return null;
  const fields: Record<string, number> = {};
  for (const [k, n] of Object.entries(value.fields))
    if (typeof n === 'number' && Number.isInteger(n) && n >= 0) fields[k] = n;
  return { kind: value.kind as K, fields };
}

/** The CSV export choices: the interface language's defaults until the user changes one. */
export interface ExportSettings {
  delimiter: ',' | ';' | '\t';
  decimal: '.' | ',';
  dateStyle: 'iso' | 'locale';
  bom: boolean;
}

export const DEFAULT_EXPORT: ExportSettings = { delimiter: ',', decimal: '.', dateStyle: 'iso', bom: false };

/**
 * What a spreadsheet in the interface language opens right: Excel set to Italian, French, Romanian,
 * Danish or German splits on ";" (the comma is their decimal mark) and reads UTF-8 only after a BOM.
 */
export function exportDefaults(language: Language): ExportSettings {
  return language === 'en'
    ? { ...DEFAULT_EXPORT }
    : { delimiter: ';', decimal: ',', dateStyle: 'iso', bom: true };
}

/**
 * Saved export settings (the stored value, or its JSON text); each field that is unreadable takes
 * `fallback`'s, so a corrupt value never breaks the page that reads it.
 */
export function parseExportSettings(
  value: unknown,
  fallback: ExportSettings = DEFAULT_EXPORT,
): ExportSettings {
  if (typeof value === 'string' || value === null || value === undefined) {
    try {
      value = JSON.parse(typeof value === 'string' ? value : '{}');
    } catch {
      return { ...fallback };
    }
  }
  if (!isRecord(value)) return { ...fallback };
  const pick = <T>(x: unknown, allowed: readonly T[], fb: T): T => (allowed.includes(x as T) ? (x as T) : fb);
  return {
    delimiter: pick(value.delimiter, [',', ';', '\t'] as const, fallback.delimiter),
    decimal: pick(value.decimal, ['.', ','] as const, fallback.decimal),
    dateStyle: pick(value.dateStyle, ['iso', 'locale'] as const, fallback.dateStyle),
    bom: typeof value.bom === 'boolean' ? value.bom : fallback.bom,
  };
}

export const EXPORT_KEY = 'export';

/** The export settings the user chose, or null (never chosen, or stored unreadably: the defaults apply). */
/** The stored export settings read defensively (null: none stored, or not a record). */
export function readExportSettings(value: unknown, language: Language): ExportSettings | null {
  return isRecord(value) ? parseExportSettings(value, exportDefaults(language)) : null;
}

/** Reads a localStorage key, or null when storage is disabled (private mode, file://). */
export function readLocal(key: string): string | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function writeLocal(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // quota or disabled storage: a remembered preference is not worth an error
  }
}
