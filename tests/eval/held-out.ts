// Which evaluation pages are held out (read by npm run eval's callers and the trap-page tests, unit and browser).

/**
 * The held-out sets: pages written blind, on which nobody has tuned the rules, measuring how Glosa does on pages it
 * has never seen. The tests that assert trap pages stay unmarked leave them out (they measure, they are not goals
 * the rules were fitted to). Once the rules are tuned on a set, it leaves this list and its pages become tests.
 */
export const HELD_OUT: string[] = [
  'holdout31-',
  'holdout32-',
  'holdout33-',
  'holdout36-',
  'holdout38-',
  'holdout42-',
  'holdout44-',
  'holdout46-',
  'holdout47-',
  'holdout49-',
  'holdout51-',
  'holdout52-',
  'holdout57-',
  'holdout59-',
  'holdout61-',
  'holdout63-',
  'holdout65-',
  'holdout67-',
  'holdout69-',
  'holdout71-',
  'holdout73-',
  'holdout75-',
  'holdout77-',
  'holdout79-',
  'holdout81-',
  'holdout83-',
  'holdout85-',
  'holdout87-',
  'holdout89-',
  'holdout91-',
  'holdout93-',
  'holdout105-',
  'holdout106-',
  'holdout107-',
  'holdout108-',
  'holdout109-',
  'holdout111-',
  'holdout113-',
  'holdout115-',
  'holdout117-',
  'holdout118-',
  'holdout120-',
  'holdout121-',
  'holdout123-',
];
export const isHeldOut = (file: string): boolean => HELD_OUT.some((prefix) => file.startsWith(prefix));
