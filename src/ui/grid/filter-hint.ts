// The placeholder of a column's filter: short enough to show in full in a column fitted to its data
// (the full syntax is in the field's tooltip).
import type { GridColumn } from './types';
import { t } from '../../i18n';

export function filterHint<R>(column: GridColumn<R>): string {
  if (column.type === 'date') return '2024-01-01..';
  if (column.type === 'text') return t('grid.filter.contains');
  if (column.type === 'choice') return t('grid.filter.all');
  return '10..500';
}
