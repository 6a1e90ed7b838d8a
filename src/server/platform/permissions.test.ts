import { describe, expect, it } from 'vitest';
import { collectPermissions, declarePermissions, isGranted } from './permissions';

// Made-up modules: the collection must not depend on the real ones (those are pinned by
// test/api/platform-permissions-pinned.test.ts).
const notes = declarePermissions({ 'note.read': ['resident', 'volunteer'], 'note.write': ['volunteer'] });
const votes = declarePermissions({ 'vote.cast': ['resident'] });

describe('collecting the modules’ permissions', () => {
  it('builds one table: every name, each role’s, and the checks', () => {
    const table = collectPermissions({ notes, votes });
    expect(table.names).toEqual(['note.read', 'note.write', 'vote.cast']);
    expect(table.byRole.resident).toEqual(['note.read', 'vote.cast']);
    expect(table.byRole.volunteer).toEqual(['note.read', 'note.write']);
    expect(table.byRole.auditor).toEqual([]);
    expect(table.can(['resident'], 'vote.cast' as never)).toBe(true);
    expect(table.can(['volunteer'], 'vote.cast' as never)).toBe(false);
    expect([...table.permissionsOf(['resident', 'volunteer'])].sort()).toEqual([
      'note.read',
      'note.write',
      'vote.cast',
    ]);
  });

  it('stops when two modules declare the same name', () => {
    const again = declarePermissions({ 'note.read': ['leader'] });
    expect(() => collectPermissions({ notes, votes, again })).toThrow(
      'permission note.read is declared by both notes and again',
    );
  });

  it('lets a module check its own permission from its declaration', () => {
    expect(isGranted(notes, ['volunteer'], 'note.write')).toBe(true);
    expect(isGranted(notes, ['resident'], 'note.write')).toBe(false);
  });
});
