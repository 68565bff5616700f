// The contact log's grid: its edits and deletes. Contacts are logged by
// src/commands/collections/contacts.ts (the one path, through the cadence guard).
import type { DateOrder } from '../domain/date-text';
import { ACTIVITY_KINDS, type Activity, type ActivityKind } from '../domain/types';
import { applyCellEdits } from './cells';
import { readDate } from './invoices';
import { msg, type Msg } from './message';
import type { CellEdit, CommandResult, Ctx, Snapshot } from './types';

function applyActivityCell(a: Activity, columnId: string, raw: string, order: DateOrder): Activity | Msg {
  const text = raw.trim();
  if (columnId === 'date') {
    const d = readDate(text, order);
    return d ? { ...a, date: d } : msg('grid.error.notDate', { value: text });
  }
  if (columnId === 'kind')
    return (ACTIVITY_KINDS as readonly string[]).includes(text)
      ? { ...a, kind: text as ActivityKind }
      : msg('activity.error.kind', { kinds: ACTIVITY_KINDS.join(', ') });
  if (columnId === 'promiseKept') {
    const { promiseKept: _k, ...rest } = a;
    return text === '' ? rest : { ...a, promiseKept: /^(y|yes|true|1)$/i.test(text) };
  }
  if (columnId === 'text' || columnId === 'outcome') return { ...a, [columnId]: text };
  return msg('grid.error.notEditable');
}

export function editActivities(snapshot: Snapshot, cells: readonly CellEdit[], ctx: Ctx): CommandResult {
  const { updated, errors } = applyCellEdits(
    cells,
    (id) => snapshot.get('activities', id),
    (a, columnId, text) => applyActivityCell(a, columnId, text, ctx.dateOrder),
  );
  return { change: { activities: { put: updated } }, errors, label: msg('activity.undo.edit') };
}

export function deleteActivities(_snapshot: Snapshot, ids: readonly string[]): CommandResult {
  return { change: { activities: { delete: [...ids] } }, errors: [], label: msg('activity.undo.delete') };
}
