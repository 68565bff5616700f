// The placeholder of a column's filter: short enough to show in full in a column fitted to its data
// (the full syntax is in the field's tooltip).
import type { GridColumn } from './types';
import { currentLocale, t } from '../../i18n';
import { formatDateText } from '../../domain/date-text';

export function filterHint<R>(column: GridColumn<R>): string {
  // A date as the grid shows it (01/01/2024 in Italian): the filter reads it so, and ISO too.
  if (column.type === 'date') return `${formatDateText('2024-01-01', currentLocale())}..`;
  if (column.type === 'text') return t('grid.filter.contains');
  if (column.type === 'choice') return t('grid.filter.all');
  return '10..500';
}
