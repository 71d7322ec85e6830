// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { collectBlocks, locate } from '@/entrypoints/content/collect-text';

const blocksOf = (html: string) => {
  document.body.innerHTML = html;
  return collectBlocks(document.body).map((b) => b.text);
};

describe('collectBlocks', () => {
  test('inline elements join into one block; block elements and <br> split', () => {
    expect(blocksOf('<p><em>Migrant Protection</em> Protocols</p><p>Title <b>42</b></p>')).toEqual([
      'Migrant Protection Protocols',
      'Title 42',
    ]);
    expect(blocksOf('<div>Remain in<br>Mexico</div>')).toEqual(['Remain in', 'Mexico']);
    expect(blocksOf('<ul><li>CBP</li><li>One</li></ul>')).toEqual(['CBP', 'One']);
    expect(blocksOf('<div>before <p>inside</p> after</div>')).toEqual(['before ', 'inside', ' after']);
  });

  test('skips scripts, styles, form fields, editable regions and our own UI', () => {
    expect(
      blocksOf(
        '<p>kept</p><script>ICE</script><style>.ICE{}</style><textarea>ICE</textarea><div contenteditable="true">ICE</div>' +
          '<div contenteditable="false">kept too</div><glossary-card>ICE</glossary-card><select><option>ICE</option></select>',
      ),
    ).toEqual(['kept', 'kept too']);
  });

  test('locate maps block offsets back to text nodes', () => {
    document.body.innerHTML = '<p><a>Remain in</a> Mexico</p>';
    const [block] = collectBlocks(document.body);
    const start = locate(block!, 0, false);
    const end = locate(block!, 16, true);
    expect(start.node.data).toBe('Remain in');
    expect(start.offset).toBe(0);
    expect(end.node.data).toBe(' Mexico');
    expect(end.offset).toBe(7);
    // An end offset at a node boundary stays in the earlier node.
    expect(locate(block!, 9, true)).toMatchObject({ offset: 9 });
    expect(locate(block!, 9, false).node.data).toBe(' Mexico');
  });
});
