import { describe, expect, test } from 'vitest';
import type { ScanUpdate, WireMark } from '@/components/scan-engine';
import { createScanWorker, localEngine } from '@/components/scan-worker';
import { cbpEntry, iceEntry, matcherFor, sharedDeportation } from './helpers';

const matcher = matcherFor([iceEntry(), cbpEntry()]);

const ids = (marks: WireMark[]) =>
  marks.map(([, block, start, end, entryId]) => `${block}:${start}-${end}:${entryId}`);

describe('the scan worker (the page scan behind the engine operations)', () => {
  test('operations in, decided marks out as numbers and strings, with ids to take them back by', () => {
    const worker = createScanWorker(matcher, {});
    expect(worker.apply([[0, 1, 'Agents of Customs and Border Protection waited.', 'body', 0]])).toBeNull();
    const first = worker.apply([
      [0, 2, 'Nothing here.', 'body', 0],
      [2, true],
    ]) as ScanUpdate;
    expect(ids(first.added)).toEqual(['1:10-39:cbp']);
    expect(first.empty).toEqual([2]);
    // The update crosses to the page as it is (structured clone or JSON).
    expect(JSON.parse(JSON.stringify(first))).toEqual(first);

    const dropped = worker.apply([
      [1, 1],
      [2, true],
    ]) as ScanUpdate;
    expect(dropped.removed).toEqual([first.added[0]![0]]);
    expect(dropped.added).toEqual([]);
  });

  test('an ambiguous form is decided by the other blocks, and taken back when they go', () => {
    const worker = createScanWorker(matcher, {});
    const first = worker.apply([
      [0, 1, 'ICE declined to comment.', 'body', 0],
      [0, 2, 'Customs and Border Protection agents detained migrants at the border.', 'body', 0],
      [2, true],
    ]) as ScanUpdate;
    const ice = first.added.find((mark) => mark[4] === 'ice');
    expect(ice).toBeDefined();
    const after = worker.apply([
      [1, 2],
      [2, true],
    ]) as ScanUpdate;
    expect(after.removed).toContain(ice![0]);
  });

  test('a mark whose words other entries name too carries their ids (the card offers them); others carry none', () => {
    const worker = createScanWorker(matcherFor([...sharedDeportation(), cbpEntry()]), {});
    const update = worker.apply([
      [0, 1, 'La deportación fue inmediata, dijo la CBP.', 'body', 0],
      [2, true],
    ]) as ScanUpdate;
    const byEntry = new Map(update.added.map((mark) => [mark[4], mark]));
    const shared = update.added.find((mark) => mark[4] !== 'cbp')!;
    const other = shared[4] === 'us-removal' ? 'mx-deportation' : 'us-removal';
    expect(shared[8]).toEqual([other]);
    expect(byEntry.get('cbp')).toHaveLength(8);
    expect(JSON.parse(JSON.stringify(update))).toEqual(update);
  });

  test('the categories and first-occurrence settings of a run apply', () => {
    const none = createScanWorker(matcher, { categories: [] });
    expect(
      none.apply([
        [0, 1, 'Customs and Border Protection', 'body', 0],
        [2, true],
      ])?.added,
    ).toEqual([]);
    const once = createScanWorker(matcher, { firstOccurrenceOnly: true });
    const update = once.apply([
      [0, 1, 'CBP and CBP', 'body', 0],
      [2, true],
    ]) as ScanUpdate;
    expect(ids(update.added)).toEqual(['1:0-3:cbp']);
  });

  test('in the page (localEngine) each settle is answered at once', async () => {
    const updates: ScanUpdate[] = [];
    const channel = localEngine(matcher).open({}, (update) => updates.push(update));
    channel.add(7, 'CBP agents', 'body', 0);
    expect(updates).toEqual([]);
    channel.settle(true);
    expect(updates.map((u) => ids(u.added))).toEqual([['7:0-3:cbp']]);
    await expect(channel.idle()).resolves.toBeUndefined();
    expect(await localEngine(matcher).lookUp('Customs and Border Protection', false)).toEqual([
      { id: 'cbp', surface: 'Customs and Border Protection', whole: true },
    ]);
  });
});
