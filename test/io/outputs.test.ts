import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

/** Folders opened for a sync: outputs.ts opens a folder read-only only to sync it. */
const foldersOpened: string[] = [];

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  const open: typeof actual.open = (file, flags, mode) => {
    if (flags === 'r') foldersOpened.push(String(file));
    return actual.open(file, flags, mode);
  };
  return { ...actual, open, default: { ...actual, open } };
});

const { syncRenamedFolders, writeFileAtomically } = await import('../../src/io/outputs.js');

describe('writeFileAtomically and syncRenamedFolders', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'clean-article-outputs-'));
  afterEach(() => {
    foldersOpened.length = 0;
  });

  it('writes each file whole and syncs each folder once, when the run is done', async () => {
    const a = path.join(root, 'a');
    const b = path.join(root, 'b');
    await Promise.all([
      writeFileAtomically(path.join(a, 'one.txt'), 'First story.\n'),
      writeFileAtomically(path.join(a, 'two.txt'), 'Second story.\n'),
      writeFileAtomically(path.join(a, 'three.txt'), 'Third story.\n'),
      writeFileAtomically(path.join(b, 'four.txt'), 'Fourth story.\n'),
    ]);
    expect(readFileSync(path.join(a, 'two.txt'), 'utf8')).toBe('Second story.\n');
    expect(readdirSync(a).sort()).toEqual(['one.txt', 'three.txt', 'two.txt']);
    expect(foldersOpened).toEqual([]);

    await syncRenamedFolders();
    expect(foldersOpened.sort()).toEqual([a, b]);

    foldersOpened.length = 0;
    await syncRenamedFolders();
    expect(foldersOpened).toEqual([]);
    rmSync(root, { recursive: true, force: true });
  });
});
