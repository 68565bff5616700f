// Backup state shared by the settings panel and the header reminder: when the last backup was made,
// and the download itself (the file is built by db/backup, handed to the browser here).
import { backupFileName } from '../../db/backup';
import { localToday } from '../../domain/dates';
import { t } from '../../i18n';
import { app } from './app.svelte';
import { errorReason } from './error-reason';

/** Lets the browser save a file: an object URL on a temporary `<a download>`. */
export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty to start it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

class BackupState {
  lastBackupAt = $state<string | null>(null);
  loaded = $state(false);
  downloading = $state(false);

  async refresh(): Promise<void> {
    try {
      this.lastBackupAt = await app.lastBackupAt();
      this.loaded = true;
    } catch (e) {
      console.error('Could not read the time of the last backup', e);
    }
  }

  /** Exports everything, offers the file, and records the time. Errors reach the user as a toast. */
  async download(): Promise<boolean> {
    if (this.downloading) return false;
    this.downloading = true;
    try {
      const now = new Date();
      const createdAt = now.toISOString();
      const blob = await app.backup(createdAt);
      const name = backupFileName(localToday(now), t('file.backup'));
      saveFile(blob, name);
      this.lastBackupAt = createdAt;
      this.loaded = true;
      app.toast('info', t('backup.downloaded', { file: name }));
      return true;
    } catch (e) {
      app.toast('error', t('backup.error.export', { reason: errorReason(e) }));
      return false;
    } finally {
      this.downloading = false;
    }
  }
}

export const backupState = new BackupState();
