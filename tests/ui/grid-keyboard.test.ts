import { describe, expect, it } from 'vitest';
import { commandFor, rectOf, inRect, step, target, type KeyLike } from '../../src/ui/grid/keyboard';

const k = (key: string, mods: Partial<KeyLike> = {}): KeyLike => ({
  key,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});
const b = { rows: 100, cols: 5, page: 20 };
const at = { row: 10, col: 2 };

describe('target', () => {
  it('moves by one and stops at the edges', () => {
    expect(target(k('ArrowDown'), at, b)).toEqual({ row: 11, col: 2 });
    expect(target(k('ArrowLeft'), { row: 0, col: 0 }, b)).toEqual({ row: 0, col: 0 });
    expect(target(k('ArrowRight'), { row: 0, col: 4 }, b)).toEqual({ row: 0, col: 4 });
    expect(target(k('ArrowUp'), { row: 0, col: 3 }, b)).toEqual({ row: 0, col: 3 });
  });

  it('Ctrl/Cmd+arrow jumps to the edge', () => {
    expect(target(k('ArrowDown', { ctrlKey: true }), at, b)).toEqual({ row: 99, col: 2 });
    expect(target(k('ArrowUp', { metaKey: true }), at, b)).toEqual({ row: 0, col: 2 });
    expect(target(k('ArrowRight', { ctrlKey: true }), at, b)).toEqual({ row: 10, col: 4 });
    expect(target(k('ArrowLeft', { ctrlKey: true }), at, b)).toEqual({ row: 10, col: 0 });
  });

  it('Ctrl+Down stops at the last row of data before the new-row line, then goes on to it', () => {
    const withNew = { ...b, data: 99 };
    expect(target(k('ArrowDown', { ctrlKey: true }), at, withNew)).toEqual({ row: 98, col: 2 });
    expect(target(k('ArrowDown', { ctrlKey: true }), { row: 98, col: 2 }, withNew)).toEqual({
      row: 99,
      col: 2,
    });
  });

  it('Alt+Left/Right resize the column; Alt+Shift+Left/Right still move it', () => {
    const sel = { cursor: at, anchor: at };
    expect(commandFor(k('ArrowRight', { altKey: true }), sel, b)).toEqual({
      kind: 'resize-column',
      delta: 20,
    });
    expect(commandFor(k('ArrowLeft', { altKey: true }), sel, b)).toEqual({
      kind: 'resize-column',
      delta: -20,
    });
    expect(commandFor(k('ArrowLeft', { altKey: true, shiftKey: true }), sel, b)).toEqual({
      kind: 'move-column',
      delta: -1,
    });
  });

  it('Home/End within the row, Ctrl+Home/End to the corners', () => {
    expect(target(k('Home'), at, b)).toEqual({ row: 10, col: 0 });
    expect(target(k('End'), at, b)).toEqual({ row: 10, col: 4 });
    expect(target(k('Home', { ctrlKey: true }), at, b)).toEqual({ row: 0, col: 0 });
    expect(target(k('End', { ctrlKey: true }), at, b)).toEqual({ row: 99, col: 4 });
  });

  it('PageUp/PageDown move by a page, clamped', () => {
    expect(target(k('PageDown'), at, b)).toEqual({ row: 30, col: 2 });
    expect(target(k('PageUp'), at, b)).toEqual({ row: 0, col: 2 });
    expect(target(k('PageDown'), { row: 95, col: 0 }, b)).toEqual({ row: 99, col: 0 });
  });

  it('ignores other keys', () => {
    expect(target(k('a'), at, b)).toBeNull();
  });
});

describe('commandFor', () => {
  const sel = { cursor: at, anchor: at };

  it('plain moves collapse the range; shift extends it from the anchor', () => {
    expect(commandFor(k('ArrowDown'), sel, b)).toEqual({
      kind: 'select',
      sel: { cursor: { row: 11, col: 2 }, anchor: { row: 11, col: 2 } },
    });
    const ext = commandFor(k('ArrowRight', { shiftKey: true }), sel, b);
    expect(ext).toEqual({ kind: 'select', sel: { cursor: { row: 10, col: 3 }, anchor: at } });
    const edge = commandFor(k('ArrowDown', { shiftKey: true, ctrlKey: true }), sel, b);
    expect(edge).toEqual({ kind: 'select', sel: { cursor: { row: 99, col: 2 }, anchor: at } });
  });

  it('maps editing and clipboard keys', () => {
    expect(commandFor(k('Enter'), sel, b)).toEqual({ kind: 'edit' });
    expect(commandFor(k('F2'), sel, b)).toEqual({ kind: 'edit' });
    expect(commandFor(k('x'), sel, b)).toEqual({ kind: 'type', text: 'x' });
    expect(commandFor(k('€', { ctrlKey: true, altKey: true }), sel, b)).toEqual({ kind: 'type', text: '€' });
    expect(commandFor(k('Delete'), sel, b)).toEqual({ kind: 'clear' });
    expect(commandFor(k('Backspace'), sel, b)).toEqual({ kind: 'clear' });
    expect(commandFor(k('Delete', { ctrlKey: true }), sel, b)).toEqual({ kind: 'delete-rows' });
    expect(commandFor(k('c', { ctrlKey: true }), sel, b)).toEqual({ kind: 'copy' });
    expect(commandFor(k('x', { metaKey: true }), sel, b)).toEqual({ kind: 'cut' });
    expect(commandFor(k('v', { ctrlKey: true }), sel, b)).toEqual({ kind: 'paste' });
    expect(commandFor(k('Tab'), sel, b)).toBeNull(); // Tab leaves the grid
  });

  it('maps undo and both redo shortcuts', () => {
    expect(commandFor(k('z', { ctrlKey: true }), sel, b)).toEqual({ kind: 'undo' });
    expect(commandFor(k('Z', { ctrlKey: true, shiftKey: true }), sel, b)).toEqual({ kind: 'redo' });
    expect(commandFor(k('y', { ctrlKey: true }), sel, b)).toEqual({ kind: 'redo' });
  });

  it('selects all, collapses with Escape, toggles rows, moves columns', () => {
    expect(commandFor(k('a', { ctrlKey: true }), sel, b)).toEqual({
      kind: 'select',
      sel: { cursor: { row: 0, col: 0 }, anchor: { row: 99, col: 4 } },
    });
    const wide = { cursor: at, anchor: { row: 12, col: 0 } };
    expect(commandFor(k('Escape'), wide, b)).toEqual({ kind: 'select', sel: { cursor: at, anchor: at } });
    expect(commandFor(k(' ', { shiftKey: true }), sel, b)).toEqual({ kind: 'toggle-rows' });
    expect(commandFor(k('ArrowLeft', { altKey: true, shiftKey: true }), sel, b)).toEqual({
      kind: 'move-column',
      delta: -1,
    });
  });

  it('does nothing in an empty grid', () => {
    expect(commandFor(k('ArrowDown'), sel, { rows: 0, cols: 5, page: 10 })).toBeNull();
  });
});

describe('ranges', () => {
  it('normalises corners and tests membership', () => {
    const r = rectOf({ cursor: { row: 5, col: 1 }, anchor: { row: 2, col: 3 } });
    expect(r).toEqual({ top: 2, bottom: 5, left: 1, right: 3 });
    expect(inRect(r, 3, 2)).toBe(true);
    expect(inRect(r, 6, 2)).toBe(false);
  });

  it('step keeps the cursor inside', () => {
    expect(step({ row: 99, col: 4 }, 1, 0, b)).toEqual({ row: 99, col: 4 });
    expect(step({ row: 3, col: 4 }, 0, 1, b)).toEqual({ row: 3, col: 4 });
    expect(step({ row: 3, col: 1 }, 0, -1, b)).toEqual({ row: 3, col: 0 });
  });
});
