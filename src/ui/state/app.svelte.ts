// Application state as one runes class: the book in memory, the as-of date, undo/redo and messages.
// Components read it and call `run(command, input)`: every write is a command planned from the stored
// book and committed in one queue (each write starts after the previous one landed, undo and redo
// included), under a lock shared with the app's other tabs, so nothing typed or clicked is lost; when
// the page may be going, every queued write is planned and written at once (`leaving`).
import {
  Book,
  StaleBookError,
  changeSize,
  ENTITY_NAMES,
  isEmptyChange,
  type ChangeSet,
  type EntityName,
  type Entities,
  type Staged,
} from '../../db/book';
import { createDb, DB_NAME } from '../../db/schema';
import { TabSync } from '../../db/tab-sync';
import { newId } from '../../commands/ids';
import type { Command, CommandResult, Ctx } from '../../commands/types';
import type { Msg } from '../../commands/message';
import { ReadModel, type ModelView } from '../../model/read-model';
import { EMPTY_COMPANY, getCompany, getSetting, setCompany, setSetting } from '../../db/settings';
import {
  exportBackup,
  getLastBackupAt,
  isDatabaseEmpty,
  recordBackup,
  restoreBackup,
  type Backup,
} from '../../db/backup';
import { quarantined, type QuarantinedRow } from '../../db/quarantine';
import { browserDefaults, type BrowserDefaults } from '../../i18n/browser-locale';
import { localToday } from '../../domain/dates';
import { dateOrder } from '../../domain/date-text';
import type { CompanyProfile, Language } from '../../domain/types';
import type { RateTables } from '../../domain/rates/index';
import { DEFAULT_DUNNING_POLICY } from '../../domain/collections/policy';
import type { DunningPolicy } from '../../domain/collections/types';
import { currentLocale, say, t, useLanguage } from '../../i18n';
import { quarantineBadRows } from '../../db/quarantine';
import { readFirstScreen } from '../../db/first-screen';
import { firstScreenModel } from '../../model/first-screen';
import { openChecked, storageProblem } from '../../db/storage-errors';
import { loadReasons, reasonText } from '../../i18n/reasons/lazy';
import type { OpenFailure } from '../../i18n/reasons/storage';
import { errorReason } from './error-reason';

interface UndoEntry {
  label: Msg;
  change: ChangeSet;
  /**
   * What the step wrote (a small change only): undone or redone only while the book still holds
   * exactly that, so a later write (another tab's, an import's) is never overwritten by an old inverse.
   */
  wrote?: ChangeSet;
}

/**
 * A write the queue plans (a command, an undo or redo step): what the caller gets back, the change to
 * store (none: nothing to write), and what follows when the change is in memory, once it is stored, or
 * once it cannot be.
 */
interface Planned<T> {
  value: T;
  change?: ChangeSet;
  /** The change is in memory (a small one as soon as it is planned, a large one once stored): its inverse. */
  held?: (inverse: ChangeSet) => void;
  stored?: () => void;
  /** It is not stored, and memory is back as it was. */
  lost?: () => void;
}

/** A planned write taken into memory (`staged`, shown before it is stored), or a plan that threw. */
interface Taken {
  planned?: Planned<unknown>;
  error?: { thrown: unknown };
  staged: Staged | null;
  /** Planned by `leaving`: written at once, not after a frame. */
  atLeave: boolean;
}

/**
 * A job of the write queue as the page's leave sees it: a write it can plan from memory (a command, an
 * undo or redo step); one that writes none of the book's records (a read, a catch-up), which it plans
 * past; anything else (a restore, the company, a setting), which it stops at, so that nothing is written
 * out of order.
 */
type Job =
  { kind: 'write'; plan: () => Planned<unknown>; taken: Taken | null } | { kind: 'pass' | 'barrier' };

/** Changes up to this many records are checked before they are undone (see `UndoEntry.wrote`). */
const UNDO_CHECK_LIMIT = 5000;

export interface Toast {
  id: number;
  kind: 'info' | 'warn' | 'error';
  text: string;
}

class AppState {
  book = new Book(createDb());
  /** Every derived figure, kept up to date after each write. */
  private readonly model = new ReadModel(this.book);
  ready = $state(false);
  loadError = $state<string | null>(null);
  /** Why storage could not be opened: the recovery screen explains it and offers a way out. */
  loadFailure = $state<{ kind: OpenFailure; reason: string } | null>(null);
  /**
   * The app's own script could not be fetched at start (offline on a first visit, before the service
   * worker kept it): nothing is wrong with the stored book, so no recovery screen is offered.
   */
  scriptFailed = $state(false);
  /** Rows set aside at load because they did not fit the schema. */
  quarantined = $state(0);
  /** Bumped after every change to the book: derived views depend on it. */
  version = $state(0);
  asOf = $state(localToday(new Date()));
  company = $state<CompanyProfile>({ ...EMPTY_COMPANY });
  /** The dunning policy in force (loaded and saved by ui/collections/policy): the read model's queue follows it. */
  dunningPolicy = $state.raw<DunningPolicy>(DEFAULT_DUNNING_POLICY);
  toasts = $state<Toast[]>([]);
  /** The interface language: the screen is drawn anew when it changes. */
  language = $state<Language>('en');
  /** The company's language is applied (until then the start says nothing rather than say it in English). */
  languageReady = $state(false);
  busy = $state<string | null>(null);
  /** No company profile stored yet: what was taken from the browser's languages (the welcome says so). */
  firstVisit = $state<BrowserDefaults | null>(null);
  private undoStack: UndoEntry[] = [];
  private redoStack: UndoEntry[] = [];
  canUndo = $state(false);
  canRedo = $state(false);
  private toastSeq = 0;
  /** The write queue: every write starts when the previous one has landed. */
  private queue: Promise<unknown> = Promise.resolve();
  /** The queue's jobs not yet over, in order (the first is the one running). */
  private jobs: Job[] = [];
  private sync = new TabSync(
    DB_NAME,
    () => void this.enqueue(() => this.catchUp(), { job: { kind: 'pass' } }),
  );
  /** Entities changed by the last write or catch-up ('all': everything): the read model updates just those. */
  lastChange: { entities: Set<EntityName> | 'all'; change: ChangeSet | null } = {
    entities: 'all',
    change: null,
  };

  /**
   * While a large book loads: the read model of its first screen (the first stored block of invoices),
   * for the invoice grid to show read-only; null once the book is ready (or when there is none).
   */
  firstScreen = $state.raw<ReadModel | null>(null);

  /** Opens the book. With `firstScreen`, a large book's first screen is shown while the rest loads. */
  async start({ firstScreen = false } = {}): Promise<void> {
    // Another tab holding an older version keeps the upgrade waiting: say so instead of loading forever.
    this.book.db.on('blocked', () => {
      if (!this.ready) this.loadFailure = { kind: 'blocked', reason: 'blocked' };
    });
    let textsFailed = false;
    try {
      // Marks for the benchmarks' timelines (bench/): where a reload's time goes.
      performance.mark('overdue:start');
      // The reason texts load beside the opening and the first reads: every screen may put a reason in
      // words, so none is shown before they are in.
      const reasons = loadReasons().catch((e: unknown) => {
        textsFailed = true;
        throw e;
      });
      reasons.catch(() => undefined);
      await openChecked(this.book.db);
      performance.mark('overdue:opened');
      // The company's language first, so that even "Opening your book…" is said in it (a large book
      // takes seconds to load); a profile that cannot be read here is read again after the load's checks.
      if (firstScreen) await this.showFirstScreen(reasons);
      else await this.readCompany().catch(() => undefined);
      await reasons;
      // The book is read and checked once; only when a stored row does not fit its schema are the bad
      // rows set aside — a write: under the tabs' lock, logged so other open tabs reload too — and the
      // book read again.
      if (!(await this.book.load({ check: true }))) {
        this.quarantined = await this.exclusive(async () => {
          const count = await quarantineBadRows(this.book.db);
          if (count) await this.book.markReplaced();
          return count;
        });
        if (this.quarantined) this.sync.announce();
        await this.book.load();
      }
      await this.readCompany();
      this.firstScreen = null;
      this.ready = true;
      this.version++;
      if (this.quarantined)
        this.toast(
          'error',
          reasonText({ code: 'backup.quarantined', params: { count: this.quarantined } }, this.language),
        );
    } catch (e) {
      this.loadError = e instanceof Error ? e.message : String(e);
      if (textsFailed) {
        // Said in the company's language when its words can still be had.
        await this.readCompany().catch(() => undefined);
        this.scriptFailed = true;
        return;
      }
      const kind = storageProblem(e);
      this.loadFailure = {
        kind: kind === 'version' || kind === 'blocked' ? kind : 'failed',
        reason: e instanceof Error ? `${e.name}: ${e.message}` : String(e),
      };
    }
  }

  /** The company profile stored (or the browser's guess on a first visit), and its language applied. */
  private async readCompany(): Promise<void> {
    const db = this.book.db;
    const stored = (await getSetting<unknown>(db, 'company', null)) !== null;
    this.company = stored ? await getCompany(db) : this.browserCompany();
    await this.applyLanguage();
  }

  /** Reads and derives a large book's first screen; any failure here is left to the whole load to tell. */
  private async showFirstScreen(reasons: Promise<void>): Promise<void> {
    try {
      const db = this.book.db;
      // Read beside the company and its language, not after them (two read transactions at once).
      const reading = readFirstScreen(db);
      reading.catch(() => undefined);
      await this.readCompany();
      performance.mark('overdue:first-screen-company');
      const first = await reading;
      await reasons;
      performance.mark('overdue:first-screen-read');
      if (first) this.firstScreen = firstScreenModel(first, this.company);
    } catch {
      this.firstScreen = null;
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

  /**
   * The page may be going (beforeunload, pagehide, hidden): every write queued is planned now from
   * memory, in order, and written at once, with the ones on screen waiting for their frame, in one
   * transaction committed before the browser goes on (`Book.writeStaged`). A queued write otherwise
   * waits for the one before it to land, and the page does not outlive that wait. If the page stays,
   * each queued write finds itself planned and written when its turn comes, and takes the outcome; one
   * refused because another tab wrote meanwhile is planned again under the lock.
   */
  leaving(): void {
    // Nothing is planned on top of a large write on its way (in memory only once stored), nor past a
    // job that is not a write of the book's records.
    try {
      if (this.book.canStage)
        for (const job of this.jobs) {
          if (job.kind === 'barrier') break;
          if (job.kind === 'write' && !job.taken) job.taken = this.take(job, true);
        }
    } finally {
      // The other tabs are told now: this page may not be there to tell them once it has landed. What
      // they read to catch up comes after this transaction (IndexedDB runs them in the order made).
      if (this.book.writeStaged({ locked: this.locked })) this.sync.announce();
    }
  }

  /** A job of the queue holds the tabs' lock (a leave's write without it claims more: `Book.writeStaged`). */
  private locked = false;

  /** Runs `job` under the tabs' lock (no other tab of this book writes meanwhile). */
  private exclusive<T>(job: () => Promise<T>): Promise<T> {
    return this.sync.exclusive(async () => {
      this.locked = true;
      try {
        return await job();
      } finally {
        this.locked = false;
      }
    });
  }

  /** Writes queued or in flight: leaving the page before they land asks the user first. */
  private pending = 0;

  /**
   * Queues a job behind every write queued before it. A write (the default) holds the page's unload
   * until it lands; a read (`write: false`) does not: leaving while a setting is read loses nothing.
   * `job` says what a leave may do with it (`Job`); by default a write is a barrier, a read passed.
   */
  private enqueue<T>(
    run: () => Promise<T>,
    { write = true, job }: { write?: boolean; job?: Job } = {},
  ): Promise<T> {
    if (write && this.pending++ === 0 && typeof window !== 'undefined') {
      window.addEventListener('beforeunload', holdUnload);
      window.addEventListener('pagehide', goingAway);
      document.addEventListener('visibilitychange', hidden);
      // Said on the page too (tests wait on it before leaving; styles may show it).
      document.documentElement.dataset.saving = '';
    }
    const entry: Job = job ?? { kind: write ? 'barrier' : 'pass' };
    this.jobs.push(entry);
    const next = this.queue.then(run, run);
    const over = () => {
      this.jobs.splice(this.jobs.indexOf(entry), 1);
      if (write && --this.pending === 0 && typeof window !== 'undefined') {
        window.removeEventListener('beforeunload', holdUnload);
        window.removeEventListener('pagehide', goingAway);
        document.removeEventListener('visibilitychange', hidden);
        delete document.documentElement.dataset.saving;
      }
    };
    next.then(over, over);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private ctx(): Ctx {
    // Typed dates are read in the order the grid shows them in: the interface locale's.
    return { today: this.asOf, newId, company: this.company, dateOrder: dateOrder(currentLocale()) };
  }

  /**
   * Runs a command: in the write queue, under the tabs' lock, it is planned from the stored book (other
   * tabs' writes caught up first) and its change committed in one transaction, with its inverse kept
   * for undo. Returns the command's result (its errors say what was refused). A failed write reaches
   * the user as a message and rejects.
   */
  run<I>(command: Command<I>, input: I, options: { atomic?: boolean } = {}): Promise<CommandResult> {
    const refused = (r: CommandResult) => isEmptyChange(r.change) || (options.atomic && r.errors.length > 0);
    return this.write((): Planned<CommandResult> => {
      const result = command(this.book, input, this.ctx());
      if (refused(result)) return { value: result };
      let entry: UndoEntry | null = null;
      let redo: UndoEntry[] = [];
      return {
        value: result,
        change: result.change,
        held: (inverse) => {
          entry = { label: result.label, change: inverse, ...written(result.change) };
          this.undoStack.push(entry);
          if (this.undoStack.length > 200) this.undoStack.shift();
          redo = this.redoStack.splice(0);
        },
        stored: () => {
          this.syncUndo();
          this.sync.announce();
        },
        lost: () => {
          const at = entry ? this.undoStack.lastIndexOf(entry) : -1;
          if (at >= 0) this.undoStack.splice(at, 1);
          if (this.redoStack.length === 0) this.redoStack.push(...redo);
          this.syncUndo();
        },
      };
    });
  }

  /**
   * Queues a write: when its turn comes (or earlier, if the page may be going: `leaving`), under the
   * tabs' lock and caught up with the other tabs, it is planned from the book and its change committed
   * in one transaction. A small change is shown first: memory and the figures take it, the screen draws,
   * and in the task right after, its transaction makes all its requests and commits explicitly (a page
   * left as soon as the edit shows still stores it; see Book.writeStaged); if the transaction fails,
   * memory and the figures go back before the error is told. Nothing plans from the shown state but a
   * leave: the next write waits in the queue until this one has landed.
   */
  private write<T>(plan: () => Planned<T>): Promise<T> {
    const job: Job & { kind: 'write' } = { kind: 'write', plan, taken: null };
    const landed = async (): Promise<T> => {
      if (!job.taken) await this.catchUp();
      // (A leave may have planned it while it waited for the lock or the catch-up.)
      if (!job.taken) job.taken = this.take(job, false);
      return (await this.land(job.taken)) as T;
    };
    return this.enqueue(
      () =>
        this.exclusive(async () => {
          try {
            return await landed();
          } catch (e) {
            if (!(e instanceof StaleBookError)) throw e;
            // Another tab wrote without the lock (an old version, no Web Locks, or a leave that could
            // not wait for it): plan again.
            job.taken = null;
            try {
              return await landed();
            } catch (e2) {
              if (e2 instanceof StaleBookError) this.failed(e2);
              throw e2;
            }
          }
        }),
      { job },
    );
  }

  /** Plans a queued write and, unless it is large, puts it in memory and on screen before it is stored. */
  private take(job: { plan: () => Planned<unknown> }, atLeave: boolean): Taken {
    let planned: Planned<unknown>;
    try {
      planned = job.plan();
    } catch (thrown) {
      return { error: { thrown }, staged: null, atLeave };
    }
    const change = planned.change;
    // A large change (an import, a paste) goes to memory once stored — but not at a leave, where every
    // queued write is planned on top of the one before it.
    if (!change || isEmptyChange(change) || (!atLeave && changeSize(change) > SHOW_FIRST_LIMIT))
      return { planned, staged: null, atLeave };
    const staged = this.book.stage(change);
    planned.held?.(staged.inverse);
    this.changed(change);
    return { planned, staged, atLeave };
  }

  /** Stores a taken write: the value it planned, once stored; a failed write is told and rejects. */
  private async land(taken: Taken): Promise<unknown> {
    if (taken.error) throw taken.error.thrown;
    const planned = taken.planned!;
    const change = planned.change;
    if (!change || isEmptyChange(change)) return planned.value;
    try {
      if (taken.staged) {
        // Written after the frame that shows it; a leave writes it at once (`leaving`).
        if (!taken.atLeave) await afterPaint();
        this.book.writeStaged();
        await taken.staged.landed;
      } else {
        planned.held?.(await this.book.commit(change));
        this.changed(change);
      }
    } catch (e) {
      // Memory is back as it was: the same records are derived again.
      if (taken.staged) this.changed(change);
      planned.lost?.();
      if (e instanceof StaleBookError) throw e;
      return this.failed(e);
    }
    planned.stored?.();
    return planned.value;
  }

  /** What a command would do now, without writing anything (a paste is checked whole first). */
  plan<I>(command: Command<I>, input: I): CommandResult {
    return command(this.book, input, this.ctx());
  }

  private failed(e: unknown): never {
    // A full disk in plain words, with what to do; anything else with the browser's own reason.
    this.toast(
      'error',
      storageProblem(e) === 'quota'
        ? reasonText({ code: 'storage.quota' }, this.language, this.company.country)
        : t('error.saveFailed', { reason: errorReason(e) }),
    );
    throw e;
  }

  private changed(change: ChangeSet | null, entities?: Set<EntityName> | 'all'): void {
    this.lastChange = {
      change,
      entities: entities ?? (change ? new Set(Object.keys(change) as EntityName[]) : 'all'),
    };
    // Evidence files change no figure: the read model need not re-derive anything for them.
    const only = this.lastChange.entities;
    if (only === 'all' || only.size === 0 || [...only].some((n) => n !== 'evidence'))
      this.model.note(this.lastChange);
    this.syncUndo();
    this.version++;
  }

  /** The figures of the book at the as-of date (a new object whenever one of them changed). */
  get figures(): ModelView {
    void this.version;
    this.model.setCompany(this.company);
    this.model.setPolicy(this.dunningPolicy);
    return this.model.at(this.asOf);
  }

  /** Takes in what other tabs wrote since this one last looked. */
  private async catchUp(): Promise<void> {
    const changed = await this.book.catchUp();
    if (changed !== 'all' && changed.size === 0) return;
    if (changed === 'all') {
      // Replaced wholesale (restore, delete all): this tab's undo steps no longer apply.
      this.company = await getCompany(this.book.db);
      await this.applyLanguage();
      this.undoStack = [];
      this.redoStack = [];
      this.toast('info', t('write.reloaded'));
    }
    this.changed(null, changed);
  }

  /** Undoes the last change (in the write queue, after every write before it has landed). */
  undo(): Promise<void> {
    return this.step('undo');
  }

  redo(): Promise<void> {
    return this.step('redo');
  }

  private step(way: 'undo' | 'redo'): Promise<void> {
    // The stacks as they are when the step is planned (a restore or a reload replaces them).
    const from = () => (way === 'undo' ? this.undoStack : this.redoStack);
    const to = () => (way === 'undo' ? this.redoStack : this.undoStack);
    const done = way === 'undo' ? 'undo.done' : 'redo.done';
    return this.write((): Planned<void> => {
      const entry = from().pop();
      if (!entry) {
        if (done === 'undo.done') this.toast('info', t('undo.nothing'));
        return { value: undefined };
      }
      if (entry.wrote && !holds(this.book, entry.wrote)) {
        // Changed again since: the step no longer applies, and is dropped rather than overwrite that.
        this.syncUndo();
        const key = done === 'undo.done' ? 'undo.changedSince' : 'redo.changedSince';
        this.toast('error', t(key, { label: say(entry.label) }));
        return { value: undefined };
      }
      let back: UndoEntry | null = null;
      return {
        value: undefined,
        change: entry.change,
        held: (inverse) => {
          back = { label: entry.label, change: inverse, ...written(entry.change) };
          to().push(back);
        },
        stored: () => {
          this.syncUndo();
          this.sync.announce();
          this.toast('info', t(done, { label: say(entry.label) }));
        },
        lost: () => {
          const at = back ? to().lastIndexOf(back) : -1;
          if (at >= 0) to().splice(at, 1);
          from().push(entry);
          this.syncUndo();
        },
      };
    });
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

  saveCompany(company: CompanyProfile): Promise<void> {
    return this.enqueue(() =>
      this.exclusive(async () => {
        await setCompany(this.book.db, company);
        this.firstVisit = null;
        await this.book.markReplaced();
        this.company = company;
        await this.applyLanguage();
        this.changed(null, new Set());
        this.sync.announce();
      }),
    );
  }

  /** Stores edited reference-rate tables (null: the shipped ones); every figure is recomputed. */
  saveRates(tables: RateTables | null): Promise<void> {
    return this.enqueue(() =>
      this.exclusive(async () => {
        await this.book.saveRates(tables);
        await this.book.markReplaced();
        this.changed(null, 'all');
        this.sync.announce();
      }),
    );
  }

  clearAll(): Promise<void> {
    return this.enqueue(() =>
      this.exclusive(async () => {
        await this.book.clearAll();
        this.company = this.browserCompany();
        await this.applyLanguage();
        this.resetHistory();
        this.changed(null, 'all');
        this.sync.announce();
      }),
    );
  }

  /** A new profile in the browser's language, country and currency (when it names one the app offers). */
  private browserCompany(): CompanyProfile {
    const found = browserDefaults(typeof navigator === 'undefined' ? [] : (navigator.languages ?? []));
    this.firstVisit = found;
    return {
      ...EMPTY_COMPANY,
      language: found.language,
      country: found.country ?? EMPTY_COMPANY.country,
      baseCurrency: found.currency ?? EMPTY_COMPANY.baseCurrency,
    };
  }

  /**
   * A stored setting (not a record of the book: no undo), read after every write queued before it has
   * landed. The caller checks the value's shape: a stored setting may come from an older version.
   */
  setting<T>(key: string, fallback: T): Promise<T> {
    return this.enqueue(() => getSetting<T>(this.book.db, key, fallback), { write: false });
  }

  /** Stores a setting in the write queue, under the tabs' lock. */
  saveSetting(key: string, value: unknown): Promise<void> {
    return this.enqueue(() => this.exclusive(() => setSetting(this.book.db, key, value)));
  }

  /** When the last backup was downloaded (an ISO instant), or null. */
  lastBackupAt(): Promise<string | null> {
    return this.enqueue(() => getLastBackupAt(this.book.db), { write: false });
  }

  /** The whole stored book as a backup file, read after every queued write has landed; the time is kept. */
  backup(createdAt: string): Promise<Blob> {
    return this.enqueue(() =>
      this.exclusive(async () => {
        const blob = await exportBackup(this.book.db, createdAt);
        await recordBackup(this.book.db, createdAt);
        return blob;
      }),
    );
  }

  /** Whether nothing is stored yet (a restore then needs no confirmation). */
  isEmpty(): Promise<boolean> {
    // (Its reads are not given up by a leave, which therefore plans no write past it.)
    return this.enqueue(() => isDatabaseEmpty(this.book.db), { write: false, job: { kind: 'barrier' } });
  }

  /**
   * Replaces the stored book with a backup, in the write queue under the tabs' lock (no write of this or
   * another tab lands in the middle), then loads it here and in the other tabs. A refusal
   * (`BackupRefused`) or a failed write rejects with the stored book as it was; a failure to load what
   * was written rejects with `loaded: false` on the error.
   */
  restore(backup: Backup): Promise<void> {
    return this.enqueue(() =>
      this.exclusive(async () => {
        await restoreBackup(this.book.db, backup);
        try {
          await this.book.markReplaced();
          await this.book.load();
          this.company = await getCompany(this.book.db);
          await this.applyLanguage();
        } catch (e) {
          throw Object.assign(e instanceof Error ? e : new Error(String(e)), { loaded: false });
        }
        this.resetHistory();
        this.changed(null, 'all');
        this.sync.announce();
      }),
    );
  }

  /** The rows set aside at load because they did not fit the schema. */
  quarantinedRows(): Promise<QuarantinedRow[]> {
    return this.enqueue(() => quarantined(this.book.db), { write: false });
  }

  /** Closes this tab's connection (before the recovery screen deletes a book that cannot be opened). */
  closeStorage(): void {
    this.book.db.close();
  }

  private async applyLanguage(): Promise<void> {
    await useLanguage(this.company.language, this.company.country);
    this.language = this.company.language;
    this.languageReady = true;
    if (typeof document !== 'undefined') document.documentElement.lang = this.company.language;
  }

  toast(kind: Toast['kind'], text: string): void {
    const id = ++this.toastSeq;
    this.toasts = [...this.toasts, { id, kind, text }];
    setTimeout(() => (this.toasts = this.toasts.filter((x) => x.id !== id)), kind === 'info' ? 5000 : 12000);
  }
}

/** A change of up to this many records is shown before its transaction (see `commitShown`). */
const SHOW_FIRST_LIMIT = 2000;

/** What an undo step keeps of the change it undoes, to check it still holds (small changes only). */
function written(change: ChangeSet): { wrote?: ChangeSet } {
  return changeSize(change) <= UNDO_CHECK_LIMIT ? { wrote: change } : {};
}

/** The book still holds what `change` wrote: each record put as it was put, each one deleted absent. */
function holds(book: Book, change: ChangeSet): boolean {
  for (const name of ENTITY_NAMES) {
    const c = change[name] as { put?: { id: string }[]; delete?: string[] } | undefined;
    if (!c) continue;
    for (const r of c.put ?? []) {
      const now = book.get(name, r.id);
      // Evidence is its files' bytes: there, being there is what is compared.
      if (!now || (name !== 'evidence' && !sameRecord(now, r))) return false;
    }
    for (const id of c.delete ?? []) if (book.get(name, id)) return false;
  }
  return true;
}

/** Equal as stored: the same values, whatever the keys' order; a key set to undefined is no key. */
function sameRecord(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a))
    return a.length === (b as unknown[]).length && a.every((x, i) => sameRecord(x, (b as unknown[])[i]));
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return (
    ka.length === kb.length &&
    ka.every((k) => sameRecord((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

/** Resolves once the screen has drawn what is pending (or soon, in a tab that does not draw). */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(done, 100);
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(done, 0));
  });
}

/**
 * Asks before the page goes while a write has not landed (the browser shows its own question), and
 * writes at once every write queued or on screen (`leaving`): its transaction is committed before the
 * page can go, and completes if the user leaves.
 */
function holdUnload(e: BeforeUnloadEvent): void {
  e.preventDefault();
  app.leaving();
}

/** The page is going (pagehide: also where the browser asked nothing before it). */
function goingAway(): void {
  app.leaving();
}

/** The page was hidden: it may be closed or discarded unseen (a phone's app switcher). */
function hidden(): void {
  if (document.visibilityState === 'hidden') app.leaving();
}

export const app = new AppState();
