// Application state as one runes class: the book in memory, the as-of date, undo/redo and messages.
// Components read it and call its methods; every write goes through `commit`, so every change can be undone.
import { Book, isEmptyChange, type ChangeSet, type EntityName, type Entities } from '../../db/book';
import { createDb } from '../../db/schema';
import { EMPTY_COMPANY, getCompany, setCompany } from '../../db/settings';
import { localToday } from '../../domain/dates';
import type { CompanyProfile, Language } from '../../domain/types';
import type { RateTables } from '../../domain/rates/index';
import { t, useLanguage } from '../../i18n';
import { quarantineBadRows } from '../../db/quarantine';
import { openChecked, storageProblem } from '../../db/storage-errors';
import { reasonText } from '../../i18n/reasons/index';
import type { OpenFailure } from '../../i18n/reasons/storage';

interface UndoEntry {
  label: string;
  change: ChangeSet;
}

export interface Toast {
  id: number;
  kind: 'info' | 'error';
  text: string;
}

class AppState {
  book = new Book(createDb());
  ready = $state(false);
  loadError = $state<string | null>(null);
  /** Why storage could not be opened: the recovery screen explains it and offers a way out. */
  loadFailure = $state<{ kind: OpenFailure; reason: string } | null>(null);
  /** Rows set aside at load because they did not fit the schema. */
  quarantined = $state(0);
  /** Bumped after every change to the book: derived views depend on it. */
  version = $state(0);
  asOf = $state(localToday(new Date()));
  company = $state<CompanyProfile>({ ...EMPTY_COMPANY });
  toasts = $state<Toast[]>([]);
  /** The interface language: the screen is drawn anew when it changes. */
  language = $state<Language>('en');
  busy = $state<string | null>(null);
  private undoStack: UndoEntry[] = [];
  private redoStack: UndoEntry[] = [];
  canUndo = $state(false);
  canRedo = $state(false);
  private toastSeq = 0;

  async start(): Promise<void> {
    // Another tab holding an older version keeps the upgrade waiting: say so instead of loading forever.
    this.book.db.on('blocked', () => {
      if (!this.ready) this.loadFailure = { kind: 'blocked', reason: 'blocked' };
    });
    try {
      await openChecked(this.book.db);
      this.quarantined = await quarantineBadRows(this.book.db);
      await this.book.load();
      this.company = await getCompany(this.book.db);
      await this.applyLanguage();
      this.ready = true;
      this.version++;
      if (this.quarantined)
        this.toast(
          'error',
          reasonText({ code: 'backup.quarantined', params: { count: this.quarantined } }, this.language),
        );
    } catch (e) {
      this.loadError = e instanceof Error ? e.message : String(e);
      const kind = storageProblem(e);
      this.loadFailure = {
        kind: kind === 'version' || kind === 'blocked' ? kind : 'failed',
        reason: e instanceof Error ? `${e.name}: ${e.message}` : String(e),
      };
    }
  }

  /** Reactive read of an entity's records: re-runs derived code after each commit. */
  list<K extends EntityName>(name: K): Entities[K][] {
    void this.version;
    return this.book.list(name);
  }

  get<K extends EntityName>(name: K, id: string): Entities[K] | undefined {
    void this.version;
    return this.book.get(name, id);
  }

  /** Writes a change atomically and records it for undo. Errors reach the user, then propagate. */
  async commit(change: ChangeSet, label: string): Promise<void> {
    if (isEmptyChange(change)) return;
    try {
      const inverse = await this.book.commit(change);
      this.undoStack.push({ label, change: inverse });
      if (this.undoStack.length > 200) this.undoStack.shift();
      this.redoStack = [];
      this.syncUndo();
      this.version++;
    } catch (e) {
      this.toast('error', t('error.saveFailed', { reason: e instanceof Error ? e.message : String(e) }));
      throw e;
    }
  }

  async undo(): Promise<void> {
    const entry = this.undoStack.pop();
    if (!entry) {
      this.toast('info', t('undo.nothing'));
      return;
    }
    const inverse = await this.book.commit(entry.change);
    this.redoStack.push({ label: entry.label, change: inverse });
    this.syncUndo();
    this.version++;
    this.toast('info', t('undo.done', { label: entry.label }));
  }

  async redo(): Promise<void> {
    const entry = this.redoStack.pop();
    if (!entry) return;
    const inverse = await this.book.commit(entry.change);
    this.undoStack.push({ label: entry.label, change: inverse });
    this.syncUndo();
    this.version++;
    this.toast('info', t('redo.done', { label: entry.label }));
  }

  /** Forgets undo history: after a restore or a clear, old inverses no longer apply. */
  resetHistory(): void {
    this.undoStack = [];
    this.redoStack = [];
    this.syncUndo();
  }

  private syncUndo(): void {
    this.canUndo = this.undoStack.length > 0;
    this.canRedo = this.redoStack.length > 0;
  }

  async saveCompany(company: CompanyProfile): Promise<void> {
    await setCompany(this.book.db, company);
    this.company = company;
    await this.applyLanguage();
    this.version++;
  }

  /** Stores edited reference-rate tables (null: the shipped ones); every figure is recomputed. */
  async saveRates(tables: RateTables | null): Promise<void> {
    await this.book.saveRates(tables);
    this.version++;
  }

  async reloadAll(): Promise<void> {
    await this.book.load();
    this.company = await getCompany(this.book.db);
    await this.applyLanguage();
    this.resetHistory();
    this.version++;
  }

  async clearAll(): Promise<void> {
    await this.book.clearAll();
    this.company = { ...EMPTY_COMPANY };
    await this.applyLanguage();
    this.resetHistory();
    this.version++;
  }

  private async applyLanguage(): Promise<void> {
    await useLanguage(this.company.language, this.company.country);
    this.language = this.company.language;
    if (typeof document !== 'undefined') document.documentElement.lang = this.company.language;
  }

  toast(kind: Toast['kind'], text: string): void {
    const id = ++this.toastSeq;
    this.toasts = [...this.toasts, { id, kind, text }];
    setTimeout(() => (this.toasts = this.toasts.filter((x) => x.id !== id)), kind === 'error' ? 12000 : 5000);
  }
}

export const app = new AppState();
