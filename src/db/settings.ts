// Small key-value settings: the company profile, view preferences, remembered column mappings,
// the time of the last backup. Each has a typed accessor so a key is spelled in one place only.
import type { CompanyProfile } from '../domain/types';
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

export async function getCompany(db: OverdueDb): Promise<CompanyProfile> {
  return { ...EMPTY_COMPANY, ...(await getSetting<Partial<CompanyProfile>>(db, 'company', {})) };
}

export async function setCompany(db: OverdueDb, company: CompanyProfile): Promise<void> {
  await setSetting(db, 'company', company);
}
